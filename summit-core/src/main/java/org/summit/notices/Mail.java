package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail to one person, rendered in their language when it was written, and where its delivery stands.
 *
 * @param recipient the address, by {@link Recipients#key}
 * @param kind what it is about ({@link NoticeKind})
 * @param eventId the event that caused it (for a digest, an id of the digest's day and person)
 * @param language {@code zh-Hant} or {@code en}
 * @param calendar an iCalendar (RFC 5545) attachment for a change of time; null for other e-mails
 * @param attempts how often sending it failed
 * @param nextAttemptAt when the sender tries it next (while {@link MailState#PENDING})
 * @param lastError what the server or the connection said the last time it failed
 */
@MappedEntity("notifications_mail")
public record Mail(
        @Id UUID id,
        String recipient,
        String kind,
        UUID eventId,
        String language,
        String subject,
        String textBody,
        String htmlBody,
        @Nullable String calendar,
        MailState state,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
