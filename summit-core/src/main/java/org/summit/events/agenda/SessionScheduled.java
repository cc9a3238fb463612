package org.summit.events.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser added a session to the draft programme. Produced by the agenda context on {@code summit.agenda.v1},
 * keyed by the summit id (the programme is what consumers follow, so its changes and releases keep one order).
 * Delegates see it only once a release publishes it ({@link AgendaPublished}).
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param title its title; a language may be missing in the draft
 * @param summary its abstract, or null
 * @param type {@code KEYNOTE}, {@code PANEL}, {@code FORUM}, {@code CITY_SHARING}, {@code EXCHANGE_BLOCK},
 *     {@code CEREMONY} or {@code BREAK}
 * @param language the language it is held in, {@code zh-Hant} or {@code en}; null in events written before
 *     sessions had one
 * @param trackId its track, or null
 * @param roomId its room
 * @param startsAt its start, local time in the summit's zone
 * @param endsAt its end, local time in the summit's zone
 * @param speakerIds its speakers, delegate ids in order
 * @param moderatorId its moderator, or null
 */
@Serdeable
public record SessionScheduled(
        String summitId,
        String sessionId,
        LocalizedText title,
        @Nullable LocalizedText summary,
        String type,
        @Nullable String language,
        @Nullable String trackId,
        String roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        List<String> speakerIds,
        @Nullable String moderatorId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
