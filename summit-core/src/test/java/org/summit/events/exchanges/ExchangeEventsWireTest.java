package org.summit.events.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.shared.LocalizedText;

/** The exchanges events cross the wire whole, also with the nulls and empty lists a consumer must expect. */
class ExchangeEventsWireTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    @Test
    void aRequestWithAFreeSubjectAndNoPreferredTimesArrivesWithAnEmptyListNotNull() {
        ExchangeRequested requested = new ExchangeRequested(
                "5d0c0d4e-7f38-4f0a-8a5c-4d1b0f1a2b3c",
                "orlando",
                List.of("eindhoven", "taipei"),
                null,
                LocalizedText.of("智慧路燈", "Smart street lights"),
                LocalizedText.of("想了解貴市經驗", "We would like to learn from you"),
                List.of("d-1"),
                List.of(),
                true,
                "account-1");

        ExchangeRequested received = roundTrip(requested, ExchangeRequested.class);

        assertThat(received).isEqualTo(requested);
        assertThat(requested.aggregateId()).as("keyed by the exchange").isEqualTo(requested.exchangeId());
        assertThat(received.preferredTimes()).isEmpty();
        assertThat(codec.encode(codec.wrap(requested, Instant.now())))
                .as("outside consumers read the empty list and the null theme too")
                .contains("\"preferredTimes\":[]", "\"theme\":null");
    }

    @Test
    void aPlacementAndAnOutcomeArriveWhole() {
        ExchangeScheduled scheduled = new ExchangeScheduled(
                "x-1",
                "s-1",
                "b-1",
                "t-1",
                LocalizedText.of("創新：奧蘭多、恩荷芬", "Innovation: Orlando, Eindhoven"),
                LocalizedText.of("201 室・1 號桌", "Room 201 · Table 1"),
                LocalDateTime.of(2016, 3, 23, 14, 0),
                LocalDateTime.of(2016, 3, 23, 14, 30),
                List.of("d-1", "d-2"),
                false);
        ExchangeOutcomeRecorded outcome = new ExchangeOutcomeRecorded(
                "x-1",
                "orlando",
                "Agreed to share open data",
                List.of(
                        new FollowUp("Send the API docs", "IT office", LocalDate.of(2016, 4, 30)),
                        new FollowUp("Visit", "Mayor's office", null)),
                true,
                "account-2");
        ExchangeCancelled cancelled = new ExchangeCancelled("x-1", null, "orlando", "Flight cancelled", "a-3");

        assertThat(roundTrip(scheduled, ExchangeScheduled.class)).isEqualTo(scheduled);
        assertThat(roundTrip(outcome, ExchangeOutcomeRecorded.class)).isEqualTo(outcome);
        assertThat(roundTrip(cancelled, ExchangeCancelled.class)).isEqualTo(cancelled);
    }

    @Test
    void aFinishedRunArrivesWithItsUnplacedExchangesAndAnEmptyListNotNullWhenItPlacedThemAll() {
        ExchangeSchedulingFinished someLeft = new ExchangeSchedulingFinished(
                "s-1",
                "r-1",
                3,
                List.of(new UnplacedExchange(
                        "x-2",
                        "exchange.unplaced.no-common-time",
                        LocalizedText.of("基礎建設：奧蘭多、臺北", "Infrastructure: Orlando, Taipei"))));
        ExchangeSchedulingFinished allPlaced = new ExchangeSchedulingFinished("s-1", "r-2", 4, List.of());

        assertThat(roundTrip(someLeft, ExchangeSchedulingFinished.class)).isEqualTo(someLeft);
        assertThat(roundTrip(allPlaced, ExchangeSchedulingFinished.class)).isEqualTo(allPlaced);
        assertThat(someLeft.aggregateId()).as("keyed by the summit").isEqualTo("s-1");
        assertThat(codec.encode(codec.wrap(allPlaced, Instant.now()))).contains("\"unplaced\":[]");
    }

    private <T extends DomainEvent> T roundTrip(T event, Class<T> type) {
        EventEnvelope envelope = codec.decode(codec.encode(codec.wrap(event, Instant.parse("2016-03-01T08:00:00Z"))));
        return codec.payload(envelope, type);
    }
}
