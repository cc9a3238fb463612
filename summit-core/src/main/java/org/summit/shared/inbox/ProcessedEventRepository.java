package org.summit.shared.inbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.H2)
interface ProcessedEventRepository extends CrudRepository<ProcessedEvent, Long> {

    boolean existsByConsumerAndEventId(String consumer, UUID eventId);

    long countByConsumer(String consumer);
}
