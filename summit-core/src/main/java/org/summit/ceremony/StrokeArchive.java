package org.summit.ceremony;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.transaction.annotation.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.ceremony.SignatureCleared;
import org.summit.events.ceremony.StrokesDrawn;

/**
 * Stores the stroke topic in the ceremony's record: every batch and clear once, by signatory and number (a
 * redelivered record or one produced twice across a restart is stored once), which is what the seal reads. Unlike
 * the other consumers it takes the records in batches, each batch in one transaction with one offset commit after it:
 * twenty tablets send some 600 batches a second, too many for a commit per record.
 */
@KafkaListener(
        groupId = "summit-ceremony-strokes",
        batch = true,
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 10),
        properties = {
            // Batches of about a tenth of a second: each transaction's commit writes to the database's file, and a
            // commit for every few records took a quarter of the process's CPU during a ceremony, CPU the live path
            // to the screens then waited for. The screens do not read from here; the seal waits for it (409 until
            // then), at most this long.
            @Property(name = ConsumerConfig.FETCH_MIN_BYTES_CONFIG, value = "65536"),
            @Property(name = ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, value = "100")
        })
@Requires(property = "summit.ceremony.projections.enabled", notEquals = "false")
class StrokeArchive {

    private static final String DRAWN = EventCatalog.of(StrokesDrawn.class).name();
    private static final String CLEARED =
            EventCatalog.of(SignatureCleared.class).name();

    private final CeremonyRepositories.StrokeBatches batches;
    private final EventCodec codec;
    private final JsonMapper json;

    StrokeArchive(CeremonyRepositories.StrokeBatches batches, EventCodec codec, JsonMapper json) {
        this.batches = batches;
        this.codec = codec;
        this.json = json;
    }

    @Topic(Topics.CEREMONY_STROKES)
    @Transactional
    void onStrokes(@MessageBody List<String> records) {
        records.forEach(this::store);
    }

    private void store(String record) {
        EventEnvelope envelope = codec.decode(record);
        if (DRAWN.equals(envelope.type())) {
            StrokesDrawn drawn = codec.payload(envelope, StrokesDrawn.class);
            batches.storeOnce(
                    UUID.fromString(drawn.ceremonyId()),
                    UUID.fromString(drawn.signatoryId()),
                    drawn.seq(),
                    false,
                    write(drawn),
                    drawn.acceptedAt());
        } else if (CLEARED.equals(envelope.type())) {
            SignatureCleared cleared = codec.payload(envelope, SignatureCleared.class);
            batches.storeOnce(
                    UUID.fromString(cleared.ceremonyId()),
                    UUID.fromString(cleared.signatoryId()),
                    cleared.seq(),
                    true,
                    "[]",
                    cleared.acceptedAt());
        }
    }

    private String write(StrokesDrawn drawn) {
        try {
            return json.writeValueAsString(drawn.points());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
