package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import org.summit.events.DomainEvent;

/**
 * An organiser moved a session of the draft programme to another time or room (dragged it, or resized it). Produced
 * by the agenda context on {@code summit.agenda.v1}, keyed by the summit id.
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param version the session's version after the move
 * @param roomId its room now
 * @param startsAt its start now, local time in the summit's zone
 * @param endsAt its end now, local time in the summit's zone
 */
@Serdeable
public record SessionMoved(
        String summitId, String sessionId, long version, String roomId, LocalDateTime startsAt, LocalDateTime endsAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
