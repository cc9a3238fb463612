package org.summit.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.summit.events.agenda.SummitCreated;
import org.summit.shared.LocalizedText;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    private final SummitCreated created = new SummitCreated(
            "0b9f6c1e-5d7e-4c2a-9a57-3f1d7a4b8e21",
            LocalizedText.of("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit"),
            LocalizedText.of("臺北", "Taipei"),
            LocalDate.of(2016, 3, 23),
            LocalDate.of(2016, 3, 24),
            "Asia/Taipei");

    @Test
    void anEventSurvivesTheWireInBothLanguages() {
        EventEnvelope envelope = codec.wrap(created, Instant.parse("2016-03-01T08:00:00Z"));

        EventEnvelope received = codec.decode(codec.encode(envelope));

        assertThat(received.type()).isEqualTo("SummitCreated");
        assertThat(received.schemaVersion()).isEqualTo(1);
        assertThat(received.aggregateId()).isEqualTo(created.summitId());
        assertThat(codec.payload(received)).contains(created);
        assertThat(codec.encode(envelope)).contains("\"zh-Hant\":\"2016 智慧城市市長高峰會\"");
    }

    @Test
    void aConsumerIgnoresFieldsItDoesNotKnow() {
        String newer = codec.encode(codec.wrap(created, Instant.now()))
                .replace("\"timeZone\":\"Asia/Taipei\"", "\"timeZone\":\"Asia/Taipei\",\"hashtag\":\"#SCMS2016\"")
                .replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"traceId\":\"abc\"");

        EventEnvelope received = codec.decode(newer);

        assertThat(codec.payload(received, SummitCreated.class)).isEqualTo(created);
    }

    @Test
    void aConsumerSkipsEventTypesItDoesNotKnow() {
        String unknown = codec.encode(codec.wrap(created, Instant.now()))
                .replace("\"type\":\"SummitCreated\"", "\"type\":\"SummitCancelled\"");

        assertThat(codec.payload(codec.decode(unknown))).isEmpty();
    }
}
