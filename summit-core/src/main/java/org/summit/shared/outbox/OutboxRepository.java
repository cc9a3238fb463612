package org.summit.shared.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface OutboxRepository extends CrudRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByPublishedAtIsNullOrderByIdAsc(Pageable pageable);

    long countByPublishedAtIsNull();

    @Query("UPDATE outbox_message SET published_at = :publishedAt WHERE id IN (:ids)")
    void markPublished(List<Long> ids, Instant publishedAt);
}
