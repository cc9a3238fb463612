package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A delegate took a session off their agenda. Produced by the agenda context on {@code summit.agenda.v1}, keyed by the
 * summit id (so it keeps its place among the releases).
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param accountId the delegate's account
 */
@Serdeable
public record SessionBookmarkRemoved(String summitId, String sessionId, String accountId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
