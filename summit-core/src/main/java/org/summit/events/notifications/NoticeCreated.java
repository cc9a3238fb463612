package org.summit.events.notifications;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * Notifications wrote an in-app notification for someone: every summit-api instance tells that person's open pages,
 * which fetch it. Produced by summit-notifications on {@code summit.notifications.v1}, keyed by the recipient.
 *
 * @param noticeId the notification
 * @param recipient the person, by e-mail address in lower case
 * @param kind what it is about, for example {@code session.changed}
 */
@Serdeable
public record NoticeCreated(String noticeId, String recipient, String kind) implements DomainEvent {

    @Override
    public String aggregateId() {
        return recipient;
    }
}
