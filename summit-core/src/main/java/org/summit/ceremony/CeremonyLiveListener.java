package org.summit.ceremony;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import java.util.UUID;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.shared.kafka.LiveEventsListener;

/**
 * Tells the screens and consoles of this process that a ceremony changed (a device paired, signing opened, a
 * signatory called, confirmed or absent, the seal), so that they read its state again. Like every live listener it has
 * a group of its own per process and no inbox: the push changes no state.
 */
@LiveEventsListener(groupId = "summit-ceremony-live")
@Requires(property = "summit.ceremony.projections.enabled", notEquals = "false")
class CeremonyLiveListener {

    private static final String SEALED =
            EventCatalog.of(DeclarationSealed.class).name();

    private final LiveStrokes live;
    private final StrokeGate gate;
    private final EventCodec codec;

    CeremonyLiveListener(LiveStrokes live, StrokeGate gate, EventCodec codec) {
        this.live = live;
        this.gate = gate;
        this.codec = codec;
    }

    @Topic(Topics.CEREMONY)
    void onCeremonyEvent(@MessageBody String record) {
        EventEnvelope envelope = codec.decode(record);
        // What the gate knows of who may draw is read again: a confirmation or an absence on another instance ends
        // the signatory's drawing here too.
        gate.changed(UUID.fromString(envelope.aggregateId()));
        live.changed(UUID.fromString(envelope.aggregateId()), envelope.type(), SEALED.equals(envelope.type()));
    }
}
