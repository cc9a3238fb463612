package org.summit.notifications.delivery;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.summit.notices.Mail;

/** The sender's and the digest's changes to the e-mails' rows, each guarded by the state it expects. */
@JdbcRepository(dialect = Dialect.H2)
interface MailQueueRepository extends GenericRepository<Mail, UUID> {

    /**
     * Takes a due e-mail for one sender until {@code leaseUntil}: it is no longer due for any other, however many
     * processes send. Returns 0 when another sender took it first.
     */
    @Query("UPDATE notifications_mail SET next_attempt_at = :leaseUntil"
            + " WHERE id = :id AND state = 'PENDING' AND next_attempt_at <= :now")
    int claim(UUID id, Instant now, Instant leaseUntil);

    @Query("UPDATE notifications_mail SET state = 'SENT', sent_at = :at, last_error = NULL"
            + " WHERE id = :id AND state = 'PENDING'")
    int sent(UUID id, Instant at);

    @Query("UPDATE notifications_mail SET attempts = :attempts, next_attempt_at = :next, last_error = :error"
            + " WHERE id = :id AND state = 'PENDING'")
    int deferred(UUID id, int attempts, Instant next, String error);

    @Query("UPDATE notifications_mail SET state = 'DEAD', attempts = :attempts, last_error = :error"
            + " WHERE id = :id AND state = 'PENDING'")
    int dead(UUID id, int attempts, String error);

    /** Gives back a claimed e-mail that was not tried, due at once for any sender. */
    @Query("UPDATE notifications_mail SET next_attempt_at = :now"
            + " WHERE id = :id AND state = 'PENDING' AND next_attempt_at = :leaseUntil")
    int release(UUID id, Instant leaseUntil, Instant now);

    @Query("SELECT DISTINCT recipient FROM notifications_mail WHERE state = 'DIGEST' AND created_at <= :at"
            + " ORDER BY recipient")
    List<String> waitingForDigest(Instant at);

    /** Marks the e-mails a digest carries as sent with it. */
    @Query("UPDATE notifications_mail SET state = 'SENT', sent_at = :at, digest_id = :digestId"
            + " WHERE id IN (:ids) AND state = 'DIGEST'")
    int carriedBy(UUID digestId, Instant at, Collection<UUID> ids);
}
