package org.summit.notifications;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * Someone notifications can write to: a member of an attending city's delegation, as the cities context last
 * described them in its events.
 *
 * @param delegateId the delegate's id in the cities context
 * @param cityId the code of the delegate's city
 * @param email where the delegate is reached
 * @param language the language to write to the delegate in: {@code zh-Hant} or {@code en}
 * @param updatedAt when the cities context made the change this entry reflects
 */
@MappedEntity("notifications_recipient")
public record Recipient(
        @Id UUID delegateId,
        String cityId,
        String nameZhHant,
        String nameEn,
        String email,
        String language,
        Instant updatedAt) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
