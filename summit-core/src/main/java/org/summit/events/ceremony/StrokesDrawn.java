package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * A batch of points a signatory drew on their tablet (about 30 batches a second while the pen moves). The one event
 * not sent through the outbox: summit-api produces it straight to {@code summit.ceremony.strokes.v1}, keyed by the
 * ceremony id, once it has checked the batch, and the ceremony context stores it from the topic. Each signatory
 * numbers their batches and clears 1, 2, 3…, so a repeat or a gap shows: consumers keep one batch per signatory and
 * sequence number.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory who drew
 * @param seq the signatory's sequence number of this batch (clears count too)
 * @param points the points, in the order drawn
 * @param acceptedAt when the server accepted the batch (the replay's clock)
 */
@Serdeable
public record StrokesDrawn(
        String ceremonyId, String signatoryId, long seq, List<StrokePoint> points, Instant acceptedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
