package org.summit.events.notifications;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * An e-mail could not be delivered after every attempt and was set aside until an organiser retries it. Produced by
 * summit-notifications on {@code summit.notifications.dead-letters.v1}, keyed by the mail id.
 *
 * @param mailId the e-mail
 * @param recipient to whom, by e-mail address in lower case
 * @param kind what it is about, for example {@code session.changed}
 * @param attempts how often it was tried
 * @param lastError what the SMTP server or the connection said the last time
 */
@Serdeable
public record MailDeadLettered(String mailId, String recipient, String kind, int attempts, String lastError)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return mailId;
    }
}
