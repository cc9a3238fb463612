package org.summit.events.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser revised a session of the draft programme; carries all of it as it is now. Produced by the agenda
 * context on {@code summit.agenda.v1}, keyed by the summit id. A change of time and room alone is a
 * {@link SessionMoved}.
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param version the session's version after the change
 * @param title its title; a language may be missing in the draft
 * @param summary its abstract, or null
 * @param type its type, as in {@link SessionScheduled}
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
public record SessionChanged(
        String summitId,
        String sessionId,
        long version,
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
