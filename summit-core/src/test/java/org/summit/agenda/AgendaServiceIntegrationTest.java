package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.AgendaPublished;
import org.summit.events.agenda.SessionBookmarkRemoved;
import org.summit.events.agenda.SessionBookmarked;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The agenda on a real broker: it learns its speakers from the cities events, checks every change of the draft,
 * refuses double bookings unless kept, refuses to publish while anything blocks it, and publishes numbered releases
 * with their changelog as one event each.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgendaServiceIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime NINE = LocalDateTime.of(2016, 3, 23, 9, 0);

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

    private String city;
    private Delegate mayor;
    private Delegate officer;

    @BeforeAll
    void aCityWithTwoDelegatesThatTheAgendaHasLearnt() {
        city = "agenda-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(city),
                new CityDetails(
                        LocalizedText.of("奧蘭多", "Orlando"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "US",
                        "America/New_York",
                        null));
        mayor = cities.addDelegate(new CityCode(city), member("mayor@" + city + ".example", "Robert Hayes"));
        officer = cities.addDelegate(new CityCode(city), member("cio@" + city + ".example", "Alex Rivera"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.byEmail("cio@" + city + ".example").isPresent());
    }

    @Test
    void aDoubleBookingIsRefusedWithItsConflictsUnlessKeptAndThenBlocksPublishingUntilFixed() {
        Summit summit = summits.create(taipei2016());
        Room hall = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("大會堂", "Main Hall"), 800, true, null, null));
        Room salon = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("201 室", "Salon 201"), 80, true, null, null));
        var keynote = agenda.schedule(summit.id(), session("Keynote", hall, NINE, mayor.id()), false);
        assertThat(keynote.conflicts()).isEmpty();

        // The mayor cannot be in the salon while giving the keynote: refused, listing why, and nothing stored.
        AgendaConflictsException refused = catchThrowableOfType(
                AgendaConflictsException.class,
                () -> agenda.schedule(summit.id(), session("Panel", salon, NINE.plusMinutes(30), mayor.id()), false));
        assertThat(refused.code().code()).isEqualTo("agenda.conflicts");
        assertThat(refused.violations())
                .extracting(
                        violation -> violation.field(),
                        violation -> violation.code().code())
                .containsExactly(tuple("speakerIds", "conflict.person.double-booked"));
        assertThat(agenda.draft(summit.id())).hasSize(1);

        // Kept in the draft with its conflict, it blocks publishing.
        var panel = agenda.schedule(summit.id(), session("Panel", salon, NINE.plusMinutes(30), mayor.id()), true);
        assertThat(panel.conflicts()).extracting(Conflict::kind).containsExactly(ConflictKind.PERSON_DOUBLE_BOOKED);
        assertThat(Refused.code(ConflictException.class, () -> agenda.publish(summit.id())))
                .isEqualTo("agenda.publish.blocked");

        // Moved after the keynote, it publishes as release 1.
        var moved = agenda.move(
                summit.id(),
                panel.session().id(),
                panel.session().version(),
                salon.id(),
                NINE.plusHours(1),
                NINE.plusHours(2),
                false);
        assertThat(moved.conflicts()).isEmpty();
        assertThat(Refused.code(
                        ConflictException.class,
                        () -> agenda.move(
                                summit.id(),
                                panel.session().id(),
                                panel.session().version(),
                                salon.id(),
                                NINE.plusHours(3),
                                NINE.plusHours(4),
                                false)))
                .isEqualTo("version.stale");
        PublishedAgenda first = agenda.publish(summit.id());
        assertThat(first.release()).isEqualTo(1);
        assertThat(first.changes()).extracting(AgendaChange::kind).containsExactly("ADDED", "ADDED");
        assertThat(Refused.code(ConflictException.class, () -> agenda.publish(summit.id())))
                .isEqualTo("agenda.publish.nothing-changed");

        // The keynote is cancelled: release 2 says so.
        agenda.cancel(summit.id(), keynote.session().id(), keynote.session().version());
        PublishedAgenda second = agenda.publish(summit.id());
        assertThat(second.release()).isEqualTo(2);
        assertThat(second.changes())
                .extracting(AgendaChange::kind, AgendaChange::sessionId)
                .containsExactly(tuple("CANCELLED", keynote.session().id().toString()));
        assertThat(agenda.latestDocument(summit.id()).orElseThrow().number()).isEqualTo(2);

        List<EventEnvelope> published = eventsOf(summit.id(), 7);
        assertThat(published)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        "SummitCreated",
                        "SessionScheduled",
                        "SessionScheduled",
                        "SessionMoved",
                        "AgendaPublished",
                        "SessionCancelled",
                        "AgendaPublished");
        AgendaPublished release2 = codec.payload(published.get(6), AgendaPublished.class);
        assertThat(release2.release()).isEqualTo(2);
        assertThat(release2.changes().get(0).delegateIds())
                .containsExactly(mayor.id().toString());
    }

    @Test
    void aBookmarkAndItsRemovalAreAnnouncedOnceEachSoThatNotificationsKnowsWhoFollowsASession() {
        Summit summit = summits.create(taipei2016());
        Room hall = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("大會堂", "Main Hall"), 800, true, null, null));
        var keynote = agenda.schedule(summit.id(), session("Keynote", hall, NINE, mayor.id()), false);
        agenda.publish(summit.id());
        UUID reader = UUID.randomUUID();

        agenda.bookmark(reader, summit.id(), keynote.session().id());
        agenda.bookmark(reader, summit.id(), keynote.session().id());
        agenda.removeBookmark(reader, keynote.session().id());
        agenda.removeBookmark(reader, keynote.session().id());

        List<EventEnvelope> published = eventsOf(summit.id(), 5);
        assertThat(published)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        "SummitCreated",
                        "SessionScheduled",
                        "AgendaPublished",
                        "SessionBookmarked",
                        "SessionBookmarkRemoved");
        SessionBookmarked bookmarked = codec.payload(published.get(3), SessionBookmarked.class);
        assertThat(bookmarked)
                .isEqualTo(new SessionBookmarked(
                        summit.id().toString(), keynote.session().id().toString(), reader.toString()));
        assertThat(codec.payload(published.get(4), SessionBookmarkRemoved.class))
                .isEqualTo(new SessionBookmarkRemoved(
                        summit.id().toString(), keynote.session().id().toString(), reader.toString()));
    }

    @Test
    void refusesUnknownSpeakersTimesOutsideTheSummitAndSpeakersOfAWithdrawnCity() {
        Summit summit = summits.create(taipei2016());
        Room hall = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("大會堂", "Main Hall"), 800, true, null, null));

        assertThat(Refused.fieldsAndCodes(
                        () -> agenda.schedule(summit.id(), session("Talk", hall, NINE, UUID.randomUUID()), false)))
                .containsExactly(tuple("speakerIds", "session.speaker.unknown"));
        assertThat(Refused.fieldsAndCodes(() ->
                        agenda.schedule(summit.id(), session("Talk", hall, NINE.plusDays(5), officer.id()), false)))
                .containsExactly(tuple("startsAt", "session.outside-summit"));

        String leaving = "leaving-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(leaving),
                new CityDetails(
                        LocalizedText.of("皮塞克", "Písek"), CityKind.CITY, CityRole.GUEST, "CZ", "Europe/Prague", null));
        Delegate novak = cities.addDelegate(new CityCode(leaving), member("mayor@" + leaving + ".example", "Novák"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.byEmail("mayor@" + leaving + ".example").isPresent());
        var talk = agenda.schedule(summit.id(), session("Talk", hall, NINE, novak.id()), false);
        cities.withdraw(new CityCode(leaving));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory
                        .byEmail("mayor@" + leaving + ".example")
                        .orElseThrow()
                        .cityWithdrawn());

        assertThat(agenda.conflicts(summit.id()))
                .extracting(Conflict::sessionId, Conflict::kind)
                .containsExactly(tuple(talk.session().id(), ConflictKind.SPEAKER_WITHDRAWN));
        assertThat(Refused.fieldsAndCodes(() -> agenda.schedule(
                        summit.id(), session("Another talk", hall, NINE.plusHours(2), novak.id()), false)))
                .containsExactly(tuple("speakerIds", "session.speaker.withdrawn"));
        assertThat(Refused.code(ConflictException.class, () -> agenda.publish(summit.id())))
                .isEqualTo("agenda.publish.blocked");
    }

    private List<EventEnvelope> eventsOf(UUID summitId, int expected) {
        List<EventEnvelope> published = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    if (record.key().equals(summitId.toString())) {
                        published.add(codec.decode(record.value()));
                    }
                }
                assertThat(published).hasSize(expected);
            });
        }
        return published;
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
                SessionType.PANEL,
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
