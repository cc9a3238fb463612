package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * An in-app notification: what changed for one person, in both languages, with the page of the app it is about.
 *
 * @param recipient the person, by {@link Recipients#key}
 * @param kind what it is about, for example {@code session.changed} ({@link NoticeKind})
 * @param eventId the event that caused it: with recipient and kind, what makes it once only
 * @param link a path of the app to open, for example {@code /agenda}; null when there is none
 * @param readAt when the person marked it read; null while unread
 */
@MappedEntity("notifications_notice")
public record Notice(
        @Id UUID id,
        String recipient,
        String kind,
        UUID eventId,
        String titleZhHant,
        String titleEn,
        String bodyZhHant,
        String bodyEn,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    public LocalizedText body() {
        return LocalizedText.of(bodyZhHant, bodyEn);
    }

    public boolean read() {
        return readAt != null;
    }
}
