package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * An organiser published the draft programme as a new numbered release. Produced by the agenda context on
 * {@code summit.agenda.v1}, keyed by the summit id, after the session events of the changes it freezes.
 *
 * @param summitId the summit
 * @param release the release's number, from 1
 * @param publishedAt when it was published
 * @param changes the changelog against the release before (for release 1, every session as added)
 */
@Serdeable
public record AgendaPublished(String summitId, int release, Instant publishedAt, List<AgendaChange> changes)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
