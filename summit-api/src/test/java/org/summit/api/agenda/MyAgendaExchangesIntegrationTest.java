package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.demo.DemoData;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.DomainEvent;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

/**
 * A delegate's exchange meetings in their agenda and their calendar feed, learnt by the agenda from the exchanges
 * events (raised here through the outbox, as the exchanges context raises them): each meeting they attend, never
 * another delegate's, with its title, place and time; in the feed an event whose UID stays the same when the meeting
 * is rescheduled (its SEQUENCE goes up) and which is gone once the meeting is cancelled.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class MyAgendaExchangesIntegrationTest implements KafkaTestSupport {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final LocalizedText TITLE =
            LocalizedText.of("智慧公共服務：奧蘭多與恩荷芬", "Smart public services: Orlando and Eindhoven");
    private static final LocalizedText PLACE = LocalizedText.of("交流廳 第 3 桌", "Exchange Lounge, table 3");
    private static final Duration LANDING = Duration.ofSeconds(60);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    SummitService summits;

    @Inject
    CitiesService cities;

    @Inject
    AgendaDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> database;

    private LoggedIn organiser;
    private Delegate mayor;
    private Delegate officer;
    private LoggedIn mayorLoggedIn;
    private LoggedIn officerLoggedIn;

    @BeforeAll
    void twoDelegatesWithAccountsThatTheAgendaKnows() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        String city = "api-exch-" + UUID.randomUUID().toString().substring(0, 8);
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
        await().atMost(LANDING).until(() -> directory.byEmail(officer.email()).isPresent());
        accounts.createActive(mayor.email(), "Buddy", Role.DELEGATE, city, LoggedIn.PASSWORD);
        accounts.createActive(officer.email(), "Alex", Role.DELEGATE, city, LoggedIn.PASSWORD);
        mayorLoggedIn = LoggedIn.login(http, mayor.email(), LoggedIn.PASSWORD);
        officerLoggedIn = LoggedIn.login(http, officer.email(), LoggedIn.PASSWORD);
    }

    @Test
    void myAgendaAndMyFeedListMyExchangeMeetingsAndFollowTheirRescheduleAndCancellation() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map keynote = post(base + "/sessions", keynote(room, mayor.id()));
        post(base + "/releases", Map.of());
        String mine = (String) http.toBlocking()
                .retrieve(mayorLoggedIn.send(HttpRequest.POST(base + "/my-feed", Map.of())), Map.class)
                .get("path");

        String exchange = UUID.randomUUID().toString();
        String othersExchange = UUID.randomUUID().toString();
        raise(scheduled(exchange, summit.id(), LocalDateTime.of(2016, 3, 23, 11, 0), mayor, officer));
        raise(scheduled(othersExchange, summit.id(), LocalDateTime.of(2016, 3, 23, 14, 0), officer));
        await().atMost(LANDING).until(() -> exchanges(officerLoggedIn, base).size() == 2);

        // My agenda: the keynote I give and my exchange meeting, not the officer's other one.
        Map agenda = myAgenda(mayorLoggedIn, base);
        assertThat(agenda).containsEntry("release", 1);
        assertThat((List<Map>) agenda.get("sessions"))
                .extracting(entry -> ((Map) entry.get("session")).get("id"))
                .containsExactly(keynote.get("id"));
        assertThat((List<Map>) agenda.get("exchanges"))
                .containsExactly(Map.of(
                        "exchangeId",
                        exchange,
                        "title",
                        Map.of("zh-Hant", TITLE.zhHant(), "en", TITLE.en()),
                        "place",
                        Map.of("zh-Hant", PLACE.zhHant(), "en", PLACE.en()),
                        "startsAt",
                        "2016-03-23T11:00:00",
                        "endsAt",
                        "2016-03-23T11:30:00"));

        // My feed: the keynote and the exchange meeting, marked as one, in the summit's zone.
        Map<String, VEvent> events = byUid(feed(mine));
        String uid = "exchange-" + exchange + "@summit";
        assertThat(events).containsOnlyKeys(keynote.get("id") + "@summit", uid);
        VEvent meeting = events.get(uid);
        assertThat(meeting.getSummary().getValue()).isEqualTo("Exchange: " + TITLE.en());
        assertThat(meeting.getLocation().getValue()).isEqualTo(PLACE.en());
        assertThat(meeting.getCategories()).flatExtracting(c -> c.getValues()).containsExactly("Exchange");
        assertThat(meeting.getSequence().getValue()).isZero();
        assertThat(meeting.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2016, 3, 23, 11, 0).atZone(TAIPEI).toInstant());
        VEvent chinese = byUid(feed(mine + "?lang=zh-Hant")).get(uid);
        assertThat(chinese.getSummary().getValue()).isEqualTo("城市交流：" + TITLE.zhHant());
        assertThat(chinese.getLocation().getValue()).isEqualTo(PLACE.zhHant());

        // Rescheduled: the same UID at the new time, with a higher SEQUENCE, so calendar apps move the event.
        raise(rescheduled(exchange, summit.id(), LocalDateTime.of(2016, 3, 24, 10, 0), mayor, officer));
        await().atMost(LANDING)
                .until(() -> "2016-03-24T10:00:00"
                        .equals(exchanges(mayorLoggedIn, base).get(0).get("startsAt")));
        VEvent moved = byUid(feed(mine)).get(uid);
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2016-03-24T02:00:00Z"));

        // Cancelled: gone from my agenda and my feed; the officer's other meeting stays in theirs.
        raise(new ExchangeCancelled(exchange, summit.id().toString(), "eindhoven", "Flight cancelled", "someone"));
        await().atMost(LANDING).until(() -> exchanges(mayorLoggedIn, base).isEmpty());
        assertThat(byUid(feed(mine))).containsOnlyKeys(keynote.get("id") + "@summit");
        assertThat(exchanges(officerLoggedIn, base))
                .extracting(entry -> entry.get("exchangeId"))
                .containsExactly(othersExchange);
    }

    @Test
    void beforeTheFirstReleaseMyAgendaAndMyFeedHaveMyExchangeMeetingsAlone() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        String exchange = UUID.randomUUID().toString();
        raise(scheduled(exchange, summit.id(), LocalDateTime.of(2016, 3, 23, 11, 0), mayor));
        await().atMost(LANDING).until(() -> exchanges(mayorLoggedIn, base).size() == 1);

        Map agenda = myAgenda(mayorLoggedIn, base);
        assertThat(agenda).containsEntry("release", 0).containsEntry("timeZone", "Asia/Taipei");
        assertThat((List<Map>) agenda.get("sessions")).isEmpty();
        assertThat(exchanges(officerLoggedIn, base)).isEmpty();
        String mine = (String) http.toBlocking()
                .retrieve(mayorLoggedIn.send(HttpRequest.POST(base + "/my-feed", Map.of())), Map.class)
                .get("path");
        assertThat(byUid(feed(mine))).containsOnlyKeys("exchange-" + exchange + "@summit");
    }

    @Test
    void anOrganiserMovingASessionOntoASpeakersExchangeMeetingIsToldWhichMeetingInBothLanguages() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map keynote = post(base + "/sessions", keynote(room, mayor.id()));
        raise(scheduled(UUID.randomUUID().toString(), summit.id(), LocalDateTime.of(2016, 3, 23, 11, 0), mayor));
        await().atMost(LANDING).until(() -> exchanges(mayorLoggedIn, base).size() == 1);

        Map move = new HashMap<>(Map.of(
                "roomId",
                room.get("id"),
                "startsAt",
                "2016-03-23T11:00:00",
                "endsAt",
                "2016-03-23T11:30:00",
                "version",
                ((Number) keynote.get("version")).longValue()));
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(
                                organiser.send(
                                        HttpRequest.POST(base + "/sessions/" + keynote.get("id") + "/move", move)),
                                Map.class));
        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(409);
        Map problem = refused.getResponse().getBody(Map.class).orElseThrow();
        assertThat(problem).containsEntry("code", "agenda.conflicts");
        Map conflict = ((List<Map>) problem.get("errors")).get(0);
        assertThat(conflict)
                .containsEntry("code", "conflict.person.in-exchange")
                .containsEntry("field", "speakerIds");
        assertThat((Map) conflict.get("args"))
                .containsEntry("other", Map.of("zh-Hant", TITLE.zhHant(), "en", TITLE.en()))
                .containsEntry("place", Map.of("zh-Hant", PLACE.zhHant(), "en", PLACE.en()))
                .containsEntry("from", "2016-03-23 11:00");

        // Kept with its conflict, the draft shows it on the session.
        move.put("keepConflicts", true);
        post(base + "/sessions/" + keynote.get("id") + "/move", move);
        List<Map> conflicts = http.toBlocking()
                .retrieve(organiser.send(HttpRequest.GET(base + "/conflicts")), Argument.listOf(Map.class));
        assertThat(conflicts).extracting(entry -> entry.get("code")).containsExactly("conflict.person.in-exchange");
    }

    private void raise(DomainEvent event) {
        database.executeWrite(status -> outbox.append(event));
    }

    private Map myAgenda(LoggedIn who, String base) {
        return http.toBlocking().retrieve(who.send(HttpRequest.GET(base + "/mine")), Map.class);
    }

    private List<Map> exchanges(LoggedIn who, String base) {
        return (List<Map>) myAgenda(who, base).get("exchanges");
    }

    private ICalendar feed(String path) {
        String text = http.toBlocking().retrieve(HttpRequest.GET(path));
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertThat(calendars).as("one calendar in:\n" + text).hasSize(1);
        assertThat(calendars.get(0).validate(ICalVersion.V2_0).getWarnings())
                .as("biweekly finds nothing wrong with:\n" + text)
                .isEmpty();
        return calendars.get(0);
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
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

    private static Map keynote(Map room, UUID speaker) {
        Map body = new HashMap<>();
        body.put("title", Map.of("zh-Hant", "主題演講", "en", "Keynote"));
        body.put("type", "keynote");
        body.put("language", "en");
        body.put("roomId", room.get("id"));
        body.put("startsAt", "2016-03-23T09:30:00");
        body.put("endsAt", "2016-03-23T10:00:00");
        body.put("speakerIds", List.of(speaker.toString()));
        return body;
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

    private Map post(String path, Map body) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
    }
}
