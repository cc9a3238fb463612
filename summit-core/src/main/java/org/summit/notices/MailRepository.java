package org.summit.notices;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The e-mails' rows: the sender's queue, the mailbox and the dead letters. */
@JdbcRepository(dialect = Dialect.H2)
public interface MailRepository extends CrudRepository<Mail, UUID> {

    boolean existsByRecipientAndKindAndEventId(String recipient, String kind, UUID eventId);

    List<Mail> findByStateAndNextAttemptAtLessThanEqualsOrderByNextAttemptAtAsc(
            MailState state, Instant now, Pageable page);

    List<Mail> findByStateOrderByCreatedAtDesc(MailState state, Pageable page);

    List<Mail> findByStateAndRecipientOrderByCreatedAtAsc(MailState state, String recipient);

    List<Mail> findAllOrderByCreatedAtDesc(Pageable page);

    long countByState(MailState state);

    /** Puts a dead letter back in the queue, at once and with its attempts counted afresh. */
    @Query("UPDATE notifications_mail SET state = 'PENDING', attempts = 0, next_attempt_at = :now"
            + " WHERE id = :id AND state = 'DEAD'")
    int retry(UUID id, Instant now);
}
