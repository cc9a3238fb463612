package org.summit.ceremony;

import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.messaging.annotation.MessageBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.ceremony.SignatureCleared;
import org.summit.events.ceremony.StrokePoint;
import org.summit.events.ceremony.StrokesDrawn;

/**
 * Feeds {@link LiveStrokes} from the stroke topic in every process that serves big screens, each with a consumer group
 * of its own, so a screen sees the strokes of a tablet connected to any instance. Unlike the other live listeners it
 * reads the topic from its beginning at every start: what it read is the screens' memory, so a process that restarts
 * mid-signing shows everything signed so far again (the strokes of sealed ceremonies are passed over).
 */
@KafkaListener(
        groupId = "summit-ceremony-strokes-live",
        uniqueGroupId = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.AUTO)
@Requires(property = "summit.ceremony.projections.enabled", notEquals = "false")
class StrokesLiveListener {

    private static final String DRAWN = EventCatalog.of(StrokesDrawn.class).name();
    private static final String CLEARED =
            EventCatalog.of(SignatureCleared.class).name();

    private final LiveStrokes live;
    private final EventCodec codec;
    private final CeremonyService ceremonies;
    private final JsonMapper json;
    private final Map<UUID, Boolean> sealed = new ConcurrentHashMap<>();

    StrokesLiveListener(LiveStrokes live, EventCodec codec, CeremonyService ceremonies, JsonMapper json) {
        this.live = live;
        this.codec = codec;
        this.ceremonies = ceremonies;
        this.json = json;
    }

    @Topic(Topics.CEREMONY_STROKES)
    void onStrokes(@MessageBody String record) {
        EventEnvelope envelope = codec.decode(record);
        if (DRAWN.equals(envelope.type())) {
            StrokesDrawn drawn = codec.payload(envelope, StrokesDrawn.class);
            pass(
                    item(UUID.fromString(drawn.signatoryId()), drawn.seq(), false, drawn.points(), drawn.acceptedAt()),
                    UUID.fromString(drawn.ceremonyId()));
        } else if (CLEARED.equals(envelope.type())) {
            SignatureCleared cleared = codec.payload(envelope, SignatureCleared.class);
            pass(
                    item(UUID.fromString(cleared.signatoryId()), cleared.seq(), true, List.of(), cleared.acceptedAt()),
                    UUID.fromString(cleared.ceremonyId()));
        }
    }

    /**
     * The item with the message screens get for it (see the README's protocol): {@code strokes} with its points or
     * {@code clear}, the signatory, the number and the time it was accepted.
     */
    private LiveStrokes.Item item(
            UUID signatoryId, long seq, boolean cleared, List<StrokePoint> points, Instant acceptedAt) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", cleared ? "clear" : "strokes");
        message.put("signatoryId", signatoryId.toString());
        message.put("seq", seq);
        if (!cleared) {
            message.put("points", points);
        }
        message.put("acceptedAt", acceptedAt.toString());
        try {
            return new LiveStrokes.Item(
                    signatoryId, seq, cleared, points, acceptedAt, json.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException("A batch of strokes could not be written for the screens", e);
        }
    }

    private void pass(LiveStrokes.Item item, UUID ceremonyId) {
        boolean done = sealed.computeIfAbsent(
                ceremonyId,
                id -> ceremonies
                        .findIfAny(id)
                        .map(ceremony -> ceremony.state() == CeremonyState.SEALED)
                        .orElse(true));
        if (done) {
            live.forget(ceremonyId);
        } else {
            live.add(ceremonyId, item);
        }
    }
}
