package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import org.summit.shared.LocalizedText;

/**
 * An exchange meeting between cities as the agenda knows it from the exchanges events: when and where it is, under
 * which title. Its participants are {@link ExchangeAttendee}s. Never read from the exchanges context's tables.
 *
 * @param revision how often it moved or changed since it got its place (a calendar's SEQUENCE)
 * @param updatedAt when the exchanges context placed or moved it last (a calendar's DTSTAMP)
 */
@MappedEntity("agenda_exchange_meeting")
public record ExchangeMeeting(
        @Id String exchangeId,
        String summitId,
        String titleZhHant,
        String titleEn,
        String placeZhHant,
        String placeEn,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        int revision,
        Instant updatedAt) {

    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    public LocalizedText place() {
        return LocalizedText.of(placeZhHant, placeEn);
    }
}
