package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.Inbox;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The agenda learns the exchange meetings from the exchanges events on the real broker (published here as the
 * exchanges context publishes them: an envelope on {@code summit.exchanges.v1} keyed by the exchange id): a scheduled
 * meeting lands in its copy, a redelivered event changes nothing, a rescheduled one moves, an unscheduled or cancelled
 * one goes; and the draft's conflict check counts the meetings as their participants' busy time.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeMeetingsIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime NINE = LocalDateTime.of(2016, 3, 23, 9, 0);
    private static final LocalizedText TITLE =
            LocalizedText.of("智慧公共服務：奧蘭多與恩荷芬", "Smart public services: Orlando and Eindhoven");
    private static final LocalizedText PLACE = LocalizedText.of("交流廳 第 3 桌", "Exchange Lounge, table 3");
    private static final Duration LANDING = Duration.ofSeconds(60);

    @Inject
    ExchangeMeetings meetings;

    @Inject
    AgendaService agenda;

    @Inject
    AgendaDirectory directory;

    @Inject
    SummitService summits;

    @Inject
    CitiesService cities;

    @Inject
    EventCodec codec;

    @Inject
    Inbox inbox;

    private KafkaProducer<String, String> producer;
    private Delegate mayor;
    private Delegate officer;

    @BeforeAll
    void aCityWithTwoDelegatesThatTheAgendaHasLearnt() {
        String city = "exch-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(city),
                new CityDetails(
                        LocalizedText.of("奧蘭多", "Orlando"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "US",
                        "America/New_York",
                        null));
        mayor = cities.addDelegate(new CityCode(city), member("mayor@" + city + ".example", "Buddy Dyer"));
        officer = cities.addDelegate(new CityCode(city), member("cio@" + city + ".example", "Alex Rivera"));
        await().atMost(LANDING)
                .until(() -> directory.byEmail("cio@" + city + ".example").isPresent());
        Properties props = new Properties();
        props.putAll(TestKafkaBroker.clientProperties());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    @AfterAll
    void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void meetingsLandInTheCopyOnceMoveWhenRescheduledAndGoWhenUnscheduledOrCancelled() {
        UUID summitId = UUID.randomUUID();
        String exchange = UUID.randomUUID().toString();
        EventEnvelope scheduled = publish(scheduled(exchange, summitId, NINE.plusHours(2), mayor, officer));

        await().atMost(LANDING).until(() -> meetings.find(exchange).isPresent());
        ExchangeMeeting landed = meetings.find(exchange).orElseThrow();
        assertThat(landed.title()).isEqualTo(TITLE);
        assertThat(landed.place()).isEqualTo(PLACE);
        assertThat(landed.summitId()).isEqualTo(summitId.toString());
        assertThat(landed.startsAt()).isEqualTo(NINE.plusHours(2));
        assertThat(landed.endsAt()).isEqualTo(NINE.plusHours(2).plusMinutes(30));
        assertThat(landed.revision()).isZero();
        assertThat(meetings.participants(exchange))
                .containsExactlyInAnyOrder(mayor.id().toString(), officer.id().toString());
        assertThat(meetings.attendedBy(mayor.id(), summitId))
                .extracting(ExchangeMeeting::exchangeId)
                .containsExactly(exchange);
        assertThat(meetings.attendedBy(mayor.id(), UUID.randomUUID())).isEmpty();

        // The same event delivered again (a consumer that restarted before committing its offset): nothing changes.
        long applied = inbox.appliedCount(ExchangeMeetings.CONSUMER);
        redeliver(scheduled);
        String marker = UUID.randomUUID().toString();
        publish(scheduled(marker, summitId, NINE.plusHours(5), officer));
        await().atMost(LANDING).until(() -> meetings.find(marker).isPresent());
        assertThat(meetings.find(exchange).orElseThrow()).isEqualTo(landed);
        assertThat(inbox.appliedCount(ExchangeMeetings.CONSUMER)).isEqualTo(applied + 1);

        // Events that do not place a meeting are passed over.
        publish(new ExchangeAccepted(exchange, "eindhoven", List.of(officer.id().toString()), "someone"));

        // Moved, and the officer no longer attends.
        publish(rescheduled(exchange, summitId, NINE.plusHours(3), mayor));
        await().atMost(LANDING)
                .until(() -> meetings.find(exchange).orElseThrow().revision() == 1);
        assertThat(meetings.find(exchange).orElseThrow().startsAt()).isEqualTo(NINE.plusHours(3));
        assertThat(meetings.participants(exchange)).containsExactly(mayor.id().toString());
        assertThat(meetings.attendedBy(officer.id(), summitId))
                .extracting(ExchangeMeeting::exchangeId)
                .containsExactly(marker);

        publish(new ExchangeUnscheduled(exchange, summitId.toString(), "exchange.unplaced.block-removed"));
        publish(new ExchangeCancelled(marker, summitId.toString(), "eindhoven", "Flight cancelled", "someone"));
        await().atMost(LANDING)
                .until(() -> meetings.find(exchange).isEmpty()
                        && meetings.find(marker).isEmpty());
        assertThat(meetings.participants(exchange)).isEmpty();
        assertThat(meetings.attendedBy(mayor.id(), summitId)).isEmpty();
        assertThat(meetings.busy(summitId)).isEmpty();
    }

    @Test
    void aSessionMovedOntoASpeakersExchangeMeetingConflictsUntilTheMeetingMoves() {
        Summit summit = summits.create(taipei2016());
        Room hall = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("大會堂", "Main Hall"), 800, true, null, null));
        var keynote = agenda.schedule(summit.id(), session("Keynote", hall, NINE, mayor.id()), false);
        String exchange = UUID.randomUUID().toString();
        publish(scheduled(exchange, summit.id(), NINE.plusHours(2), mayor, officer));
        await().atMost(LANDING).until(() -> !meetings.busy(summit.id()).isEmpty());
        assertThat(agenda.conflicts(summit.id())).isEmpty();

        // The organiser drags the keynote onto the mayor's exchange meeting: refused, naming the meeting.
        AgendaConflictsException refused = catchThrowableOfType(
                AgendaConflictsException.class,
                () -> agenda.move(
                        summit.id(),
                        keynote.session().id(),
                        keynote.session().version(),
                        hall.id(),
                        NINE.plusHours(2),
                        NINE.plusHours(3),
                        false));
        assertThat(refused.violations())
                .extracting(
                        violation -> violation.field(),
                        violation -> violation.code().code())
                .containsExactly(tuple("speakerIds", "conflict.person.in-exchange"));
        assertThat(agenda.draft(summit.id()).get(0).startsAt()).isEqualTo(NINE);

        // Kept with its conflict, the whole draft's check reports it too, with the meeting in both languages.
        agenda.move(
                summit.id(),
                keynote.session().id(),
                keynote.session().version(),
                hall.id(),
                NINE.plusHours(2),
                NINE.plusHours(3),
                true);
        List<Conflict> conflicts = agenda.conflicts(summit.id());
        assertThat(conflicts)
                .extracting(Conflict::sessionId, Conflict::kind)
                .containsExactly(tuple(keynote.session().id(), ConflictKind.PERSON_IN_EXCHANGE));
        assertThat(conflicts.get(0).args())
                .containsEntry("other", TITLE)
                .containsEntry("place", PLACE)
                .containsEntry("exchangeId", exchange)
                .containsEntry("delegate", LocalizedText.of("Buddy Dyer（中文）", "Buddy Dyer"))
                .containsEntry("from", "2016-03-23 11:00")
                .containsEntry("to", "2016-03-23 11:30");

        // The exchange is rescheduled clear of the keynote: the conflict is gone; back onto it, it returns; cancelled,
        // it is gone for good.
        publish(rescheduled(exchange, summit.id(), NINE.plusHours(4), mayor, officer));
        await().atMost(LANDING).until(() -> agenda.conflicts(summit.id()).isEmpty());
        publish(rescheduled(exchange, summit.id(), NINE.plusHours(2).plusMinutes(30), mayor, officer));
        await().atMost(LANDING).until(() -> agenda.conflicts(summit.id()).size() == 1);
        publish(new ExchangeCancelled(exchange, summit.id().toString(), "eindhoven", "Flight cancelled", "someone"));
        await().atMost(LANDING).until(() -> agenda.conflicts(summit.id()).isEmpty());
    }

    private EventEnvelope publish(DomainEvent event) {
        EventEnvelope envelope = codec.wrap(event, Instant.now());
        redeliver(envelope);
        return envelope;
    }

    private void redeliver(EventEnvelope envelope) {
        try {
            producer.send(new ProducerRecord<>(Topics.EXCHANGES, envelope.aggregateId(), codec.encode(envelope)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not take " + envelope.type(), e);
        }
    }

    private static ExchangeScheduled scheduled(
            String exchange, UUID summitId, LocalDateTime start, Delegate... participants) {
        return new ExchangeScheduled(
                exchange,
                summitId.toString(),
                UUID.randomUUID().toString(),
                "table-3",
                TITLE,
                PLACE,
                start,
                start.plusMinutes(30),
                ids(participants),
                false);
    }

    private static ExchangeRescheduled rescheduled(
            String exchange, UUID summitId, LocalDateTime start, Delegate... participants) {
        return new ExchangeRescheduled(
                exchange,
                summitId.toString(),
                UUID.randomUUID().toString(),
                "table-3",
                TITLE,
                PLACE,
                start,
                start.plusMinutes(30),
                ids(participants),
                true);
    }

    private static List<String> ids(Delegate... delegates) {
        return java.util.Arrays.stream(delegates)
                .map(delegate -> delegate.id().toString())
                .toList();
    }

    private static SummitDetails taipei2016() {
        return new SummitDetails(
                LocalizedText.of("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit"),
                LocalizedText.of("臺北南港展覽館", "Taipei Nangang Exhibition Center"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei");
    }

    private static SessionDetails session(String title, Room room, LocalDateTime start, UUID speaker) {
        return new SessionDetails(
                LocalizedText.of(title + "（中文）", title),
                null,
                SessionType.KEYNOTE,
                "en",
                null,
                room.id(),
                start,
                start.plusHours(1),
                List.of(speaker),
                null);
    }

    private static DelegateProfile member(String email, String name) {
        return new DelegateProfile(
                LocalizedText.of(name + "（中文）", name),
                LocalizedText.of("市長", "Mayor"),
                List.of("en"),
                false,
                null,
                null,
                email,
                null,
                "en");
    }
}
