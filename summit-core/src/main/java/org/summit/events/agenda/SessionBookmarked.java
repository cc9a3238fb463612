package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A delegate starred a session of the published programme for their agenda: they want to hear when it changes. Produced by the agenda context on {@code summit.agenda.v1}, keyed by the
 * summit id (so it keeps its place among the releases).
 *
 * @param summitId the summit
 * @param sessionId the session
 * @param accountId the delegate's account
 */
@Serdeable
public record SessionBookmarked(String summitId, String sessionId, String accountId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
