package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * An organiser took a session out of the draft programme. Produced by the agenda context on {@code summit.agenda.v1},
 * keyed by the summit id. If a release had published it, the next release lists it as cancelled.
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param version the version the session had when it was cancelled, plus one
 */
@Serdeable
public record SessionCancelled(String summitId, String sessionId, long version) implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
