package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.summit.events.DomainEvent;

/**
 * A signatory cleared their signature to sign again: the batches before this one no longer count. Travels with the
 * strokes on {@code summit.ceremony.strokes.v1}, keyed by the ceremony id, numbered in the same sequence as the
 * batches, so that every consumer sees it between the same strokes as the tablet did.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory
 * @param seq the signatory's sequence number of this clear
 * @param acceptedAt when the server accepted it
 */
@Serdeable
public record SignatureCleared(String ceremonyId, String signatoryId, long seq, Instant acceptedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
