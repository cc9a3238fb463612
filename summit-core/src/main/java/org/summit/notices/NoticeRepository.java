package org.summit.notices;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The in-app notifications' rows. */
@JdbcRepository(dialect = Dialect.H2)
public interface NoticeRepository extends CrudRepository<Notice, UUID> {

    boolean existsByRecipientAndKindAndEventId(String recipient, String kind, UUID eventId);

    List<Notice> findByRecipientOrderByCreatedAtDesc(String recipient, Pageable page);

    List<Notice> findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    long countByRecipient(String recipient);

    @Query(
            "UPDATE notifications_notice SET read_at = :at WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
    int markRead(UUID id, String recipient, Instant at);

    @Query("UPDATE notifications_notice SET read_at = :at WHERE recipient = :recipient AND read_at IS NULL")
    int markAllRead(String recipient, Instant at);
}
