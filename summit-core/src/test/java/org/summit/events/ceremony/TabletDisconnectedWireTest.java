package org.summit.events.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.shared.LocalizedText;

/** A lost tablet crosses the wire whole, the city's name in both languages, keyed by the ceremony. */
class TabletDisconnectedWireTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    @Test
    void arrivesWholeOnTheCeremonyTopic() {
        TabletDisconnected lost = new TabletDisconnected(
                "c0ffee00-1234-4abc-8def-0123456789ab",
                "5161a7e2-9d0e-4c1b-b2a3-445566778899",
                "orlando",
                LocalizedText.of("奧蘭多", "Orlando"),
                "dece0000-0000-4000-8000-000000000001",
                Instant.parse("2016-03-24T03:15:00Z"));

        String wire = codec.encode(codec.wrap(lost, Instant.parse("2016-03-24T03:15:01Z")));
        EventEnvelope received = codec.decode(wire);

        assertThat(codec.payload(received, TabletDisconnected.class)).isEqualTo(lost);
        assertThat(received.type()).isEqualTo("TabletDisconnected");
        assertThat(received.aggregateId()).isEqualTo(lost.ceremonyId());
        assertThat(wire).contains("\"zh-Hant\":\"奧蘭多\"");
        assertThat(EventCatalog.of(TabletDisconnected.class).topic()).isEqualTo(Topics.CEREMONY);
    }
}
