package org.summit.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeOutcomeRecorded;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeTimesProposed;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.shared.ConflictException;
import org.summit.shared.ForbiddenException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

/** An exchange's life: asked, answered by each invited city, agreed or declined, placed, cancelled, followed up. */
class ExchangeTest {

    private static final Instant NOW = Instant.parse("2016-03-01T08:00:00Z");
    private static final LocalizedText TITLE = LocalizedText.of("創新：奧蘭多、恩荷芬", "Innovation: Orlando, Eindhoven");
    private static final LocalizedText PLACE = LocalizedText.of("交流區・1 號桌", "Exchange area · Table 1");

    @Test
    void aBilateralRequestIsAgreedWhenTheInvitedCityAccepts() {
        Exchange exchange = request(List.of("eindhoven"));
        assertThat(exchange.events()).singleElement().isInstanceOf(ExchangeRequested.class);

        exchange.accept("eindhoven", List.of("e-1", "e-2"), "ann@eindhoven.example", NOW);

        assertThat(exchange.status()).isEqualTo(ExchangeStatus.AGREED);
        assertThat(exchange.participantIds()).containsExactly("o-1", "e-1", "e-2");
        assertThat(exchange.events())
                .last()
                .isEqualTo(new ExchangeAccepted(
                        exchange.id().toString(), "eindhoven", List.of("e-1", "e-2"), "ann@eindhoven.example"));
    }

    @Test
    void proposingOtherTimesIsNotAnAnswerAndMayBeFollowedByOne() {
        Exchange exchange = request(List.of("eindhoven"));
        PreferredTime later = new PreferredTime(at(15, 0), at(16, 0));

        exchange.proposeTimes("eindhoven", List.of(later), "ann", NOW);

        assertThat(exchange.status()).isEqualTo(ExchangeStatus.REQUESTED);
        assertThat(exchange.party("eindhoven").answer()).isEqualTo(Answer.TIMES_PROPOSED);
        assertThat(exchange.preferredTimes()).contains(later);
        assertThat(exchange.events()).last().isInstanceOf(ExchangeTimesProposed.class);
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);
        assertThat(exchange.status()).isEqualTo(ExchangeStatus.AGREED);
    }

    @Test
    void aMultilateralExchangeGoesOnWithTheCitiesThatAcceptWhenOneDeclines() {
        Exchange exchange = request(List.of("eindhoven", "taipei"));

        exchange.decline("taipei", "No time left", "bo", NOW);
        assertThat(exchange.status()).as("Eindhoven has not answered").isEqualTo(ExchangeStatus.REQUESTED);
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);

        assertThat(exchange.status()).isEqualTo(ExchangeStatus.AGREED);
        assertThat(exchange.attendingCityIds()).containsExactly("orlando", "eindhoven");
        assertThat(exchange.participantIds()).containsExactly("o-1", "e-1");
    }

    @Test
    void anExchangeEveryInvitedCityDeclinedIsDeclinedAndFinal() {
        Exchange exchange = request(List.of("eindhoven", "taipei"));

        exchange.decline("taipei", "No time", "bo", NOW);
        exchange.decline("eindhoven", "Not our field", "ann", NOW);

        assertThat(exchange.status()).isEqualTo(ExchangeStatus.DECLINED);
        assertThat(exchange.events()).last().isInstanceOf(ExchangeDeclined.class);
        assertThat(Refused.code(ConflictException.class, () -> exchange.cancel("orlando", "x", "o")))
                .isEqualTo("exchange.closed");
    }

    @Test
    void aCityAnswersOnceAndOnlyForAnExchangeItIsInvitedTo() {
        Exchange exchange = request(List.of("eindhoven", "taipei"));
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);

        assertThat(Refused.code(ConflictException.class, () -> exchange.decline("eindhoven", "changed mind", "a", NOW)))
                .isEqualTo("exchange.answer.already");
        assertThat(Refused.code(ForbiddenException.class, () -> exchange.accept("seoul", List.of("s-1"), "s", NOW)))
                .isEqualTo("exchange.not-invited");
        assertThat(Refused.code(ForbiddenException.class, () -> exchange.accept("orlando", List.of("o-1"), "o", NOW)))
                .as("the requesting city does not answer its own request")
                .isEqualTo("exchange.not-invited");
    }

    @Test
    void aRequestRefusesItsOwnCityARepeatedCityNoTopicAndNoMembers() {
        assertThat(Refused.fieldsAndCodes(() -> Exchange.request(
                        UUID.randomUUID(),
                        "orlando",
                        List.of("orlando", "eindhoven", "eindhoven"),
                        null,
                        null,
                        LocalizedText.of("你好", "Hello"),
                        List.of(),
                        List.of(),
                        false,
                        "o",
                        NOW)))
                .containsExactlyInAnyOrder(
                        tuple("invitedCityIds[0]", "exchange.city.own"),
                        tuple("invitedCityIds[2]", "exchange.city.repeated"),
                        tuple("theme", "exchange.topic.missing"),
                        tuple("memberIds", "exchange.members.none"));
    }

    @Test
    void onlyAnAgreedExchangeIsPlacedFirstScheduledThenRescheduled() {
        Exchange exchange = request(List.of("eindhoven"));
        Placement first = placement(14, 0, false);
        assertThat(Refused.code(ConflictException.class, () -> exchange.place(first, TITLE, PLACE)))
                .isEqualTo("exchange.not-agreed");
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);

        exchange.place(first, TITLE, PLACE);
        exchange.place(first, TITLE, PLACE);
        exchange.place(placement(14, 30, true), TITLE, PLACE);

        List<?> placed = exchange.events().stream()
                .filter(event -> event instanceof ExchangeScheduled || event instanceof ExchangeRescheduled)
                .toList();
        assertThat(placed).as("the same place twice is one event").hasSize(2);
        assertThat(placed.get(0)).isInstanceOf(ExchangeScheduled.class);
        ExchangeRescheduled moved = (ExchangeRescheduled) placed.get(1);
        assertThat(moved.startsAt()).isEqualTo(at(14, 30));
        assertThat(moved.pinned()).isTrue();
        assertThat(moved.participantIds()).containsExactly("o-1", "e-1");
    }

    @Test
    void unpinningKeepsThePlaceAndUnschedulingFreesIt() {
        Exchange exchange = agreed();
        exchange.place(placement(14, 0, true), TITLE, PLACE);

        exchange.unpin(TITLE, PLACE);
        assertThat(exchange.placement().pinned()).isFalse();
        assertThat(exchange.placement().startsAt()).isEqualTo(at(14, 0));

        exchange.unschedule("exchange.unplaced.too-large");
        assertThat(exchange.placement()).isNull();
        assertThat(exchange.events()).last().isInstanceOf(ExchangeUnscheduled.class);
        assertThat(Refused.code(ConflictException.class, () -> exchange.unpin(TITLE, PLACE)))
                .isEqualTo("exchange.not-placed");
    }

    @Test
    void cancellingAPlacedExchangeNamesItsSummitSoItsPlaceIsFreed() {
        Exchange exchange = agreed();
        Placement placed = placement(14, 0, false);
        exchange.place(placed, TITLE, PLACE);

        exchange.cancel("eindhoven", "Flight cancelled", "ann");

        assertThat(exchange.status()).isEqualTo(ExchangeStatus.CANCELLED);
        assertThat(exchange.placement()).isNull();
        assertThat(exchange.events())
                .last()
                .isEqualTo(new ExchangeCancelled(
                        exchange.id().toString(),
                        placed.summitId().toString(),
                        "eindhoven",
                        "Flight cancelled",
                        "ann"));
    }

    @Test
    void aCityThatDeclinedNeitherCancelsNorRecordsAnOutcome() {
        Exchange exchange = request(List.of("eindhoven", "taipei"));
        exchange.decline("taipei", "No", "bo", NOW);
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);

        assertThat(Refused.code(ForbiddenException.class, () -> exchange.cancel("taipei", "x", "bo")))
                .isEqualTo("exchange.not-a-party");
        assertThat(Refused.code(
                        ForbiddenException.class,
                        () -> exchange.recordOutcome("taipei", "x", List.of(), false, "bo", NOW)))
                .isEqualTo("exchange.not-a-party");
    }

    @Test
    void anOutcomeIsRecordedPerCityAndReplacedWhenRecordedAgain() {
        Exchange exchange = agreed();
        FollowUp visit = new FollowUp("Study visit", "Mayor's office", null);

        exchange.recordOutcome("orlando", "First", List.of(), false, "o", NOW);
        exchange.recordOutcome("orlando", "Second", List.of(visit), true, "o", NOW);
        exchange.recordOutcome("eindhoven", "Theirs", List.of(), false, "ann", NOW);

        assertThat(exchange.outcomes())
                .extracting(Outcome::cityId, Outcome::summary, Outcome::mouIntended)
                .containsExactly(tuple("orlando", "Second", true), tuple("eindhoven", "Theirs", false));
        assertThat(exchange.events())
                .filteredOn(ExchangeOutcomeRecorded.class::isInstance)
                .hasSize(3);
    }

    @Test
    void anOutcomeWaitsUntilTheExchangeIsAgreed() {
        Exchange exchange = request(List.of("eindhoven"));

        assertThat(Refused.code(
                        ConflictException.class,
                        () -> exchange.recordOutcome("orlando", "x", List.of(), false, "o", NOW)))
                .isEqualTo("exchange.not-agreed");
    }

    @Test
    void theTopicKeyIgnoresCaseAndSpacesOfASubject() {
        assertThat(Exchange.topicKey(null, LocalizedText.of("智慧  路燈", "Smart Street lights ")))
                .isEqualTo(Exchange.topicKey(null, LocalizedText.of("智慧 路燈", "smart street  lights")));
        assertThat(Exchange.topicKey(Theme.INNOVATION, null))
                .isNotEqualTo(Exchange.topicKey(Theme.INFRASTRUCTURE, null));
    }

    private static Exchange agreed() {
        Exchange exchange = request(List.of("eindhoven"));
        exchange.accept("eindhoven", List.of("e-1"), "ann", NOW);
        return exchange;
    }

    private static Exchange request(List<String> invited) {
        return Exchange.request(
                UUID.randomUUID(),
                "orlando",
                invited,
                Theme.INNOVATION,
                null,
                LocalizedText.of("想交流創新經驗", "We would like to compare notes on innovation"),
                List.of("o-1"),
                List.of(new PreferredTime(at(14, 0), at(15, 0))),
                false,
                "olive@orlando.example",
                NOW);
    }

    private static final UUID SUMMIT = UUID.randomUUID();
    private static final UUID BLOCK = UUID.randomUUID();
    private static final UUID TABLE = UUID.randomUUID();

    private static Placement placement(int hour, int minute, boolean pinned) {
        return new Placement(
                SUMMIT, BLOCK, TABLE, at(hour, minute), at(hour, minute).plusMinutes(30), pinned);
    }

    private static LocalDateTime at(int hour, int minute) {
        return LocalDateTime.of(2016, 3, 23, hour, minute);
    }
}
