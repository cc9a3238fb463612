package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
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
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The agenda's iCalendar feeds, written by ical4j and read here with another parser (biweekly): the whole summit for
 * anyone, in each language, one event per session with a stable UID, a SEQUENCE that counts the releases that moved
 * it and times in the summit's zone with its VTIMEZONE; a delegate's own feed at a secret URL that a new URL or a
 * revocation turns into a 404 at once.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class AgendaCalendarIntegrationTest implements KafkaTestSupport {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

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
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> database;

    private LoggedIn organiser;
    private Delegate speaker;
    private String city;
    private String email;

    @BeforeAll
    void anOrganiserAndASpeakerTheAgendaKnows() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        city = "api-ical-" + UUID.randomUUID().toString().substring(0, 8);
        email = "mayor@" + city + ".example";
        cities.register(
                new CityCode(city),
                new CityDetails(
                        LocalizedText.of("恩荷芬", "Eindhoven"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "NL",
                        "Europe/Amsterdam",
                        null));
        speaker = cities.addDelegate(
                new CityCode(city),
                new DelegateProfile(
                        LocalizedText.of("約翰·德弗里斯", "Johan de Vries"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("en", "nl"),
                        false,
                        null,
                        null,
                        email,
                        null,
                        "en"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.byEmail(email).isPresent());
    }

    @Test
    void theSummitAndEachDelegateHaveACalendarThatAnotherParserReads() throws Exception {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        String calendar = "/api/summits/" + summit.id() + "/agenda.ics";

        // Nothing published yet: 404 with the code.
        assertThat(refused(HttpRequest.GET(calendar))).containsEntry("code", "agenda.not-published");

        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map keynote = post(
                base + "/sessions",
                session("Keynote", room, "2016-03-23T09:30:00", "2016-03-23T10:00:00", List.of(speaker.id())));
        Map forum = post(
                base + "/sessions", session("Forum", room, "2016-03-23T14:00:00", "2016-03-23T15:30:00", List.of()));
        post(base + "/releases", Map.of());

        // The whole summit, anonymous, in English: one event per session, in the summit's zone.
        HttpResponse<String> english = http.toBlocking().exchange(HttpRequest.GET(calendar), String.class);
        assertThat(english.getContentType().orElseThrow().toString()).startsWith("text/calendar");
        String etag = english.header("ETag");
        assertThat(etag).isEqualTo("\"" + summit.id() + "-r1-en\"");
        assertThat(status(HttpRequest.GET(calendar).header("If-None-Match", etag)))
                .isEqualTo(304);
        assertThat(status(HttpRequest.GET(calendar + "?lang=zh-Hant").header("If-None-Match", etag)))
                .isEqualTo(200);
        assertThat(english.body()).contains("TZID=Asia/Taipei:20160323T093000").contains("BEGIN:VTIMEZONE");
        ICalendar parsed = parse(english.body());
        assertThat(parsed.getTimezoneInfo().getComponents())
                .extracting(zone -> zone.getTimezoneId().getValue())
                .containsExactly("Asia/Taipei");
        Map<String, VEvent> events = byUid(parsed);
        assertThat(events).containsOnlyKeys(uid(keynote), uid(forum));
        VEvent first = events.get(uid(keynote));
        assertThat(first.getSummary().getValue()).isEqualTo("Keynote");
        assertThat(first.getLocation().getValue()).isEqualTo("Main Hall");
        assertThat(first.getDescription().getValue()).contains("Johan de Vries").contains("Keynote（中文）");
        assertThat(first.getSequence().getValue()).isZero();
        assertThat(first.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.parse("2016-03-23T09:30:00")
                        .atZone(TAIPEI)
                        .toInstant());
        assertThat(first.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2016-03-23T02:00:00Z"));
        TimezoneAssignment zone = parsed.getTimezoneInfo().getTimezone(first.getDateStart());
        assertThat(zone).isNotNull();
        assertThat(zone.getComponent()).isInstanceOf(VTimezone.class);
        assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Asia/Taipei");

        // In Traditional Chinese: the same events, the other language.
        ICalendar chinese = parse(http.toBlocking().retrieve(HttpRequest.GET(calendar + "?lang=zh-Hant")));
        VEvent keynoteZh = byUid(chinese).get(uid(keynote));
        assertThat(keynoteZh.getSummary().getValue()).isEqualTo("Keynote（中文）");
        assertThat(keynoteZh.getLocation().getValue()).isEqualTo("大會堂");
        assertThat(keynoteZh.getDescription().getValue()).contains("約翰·德弗里斯");

        // Release 2 moves the forum: same UID, SEQUENCE 1; the keynote, untouched, stays at 0.
        Map move = Map.of(
                "roomId",
                room.get("id"),
                "startsAt",
                "2016-03-23T16:00:00",
                "endsAt",
                "2016-03-23T17:00:00",
                "version",
                ((Number) forum.get("version")).longValue());
        post(base + "/sessions/" + forum.get("id") + "/move", move);
        post(base + "/releases", Map.of());
        assertThat(status(HttpRequest.GET(calendar).header("If-None-Match", etag)))
                .isEqualTo(200);
        Map<String, VEvent> second = byUid(parse(http.toBlocking().retrieve(HttpRequest.GET(calendar))));
        assertThat(second.get(uid(forum)).getSequence().getValue()).isEqualTo(1);
        assertThat(second.get(uid(forum)).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2016-03-23T08:00:00Z"));
        assertThat(second.get(uid(keynote)).getSequence().getValue()).isZero();

        // A delegate's own feed: none yet; issued once, with its URL shown only then.
        accounts.createActive(email, "Johan", Role.DELEGATE, city, LoggedIn.PASSWORD);
        LoggedIn delegate = LoggedIn.login(http, email, LoggedIn.PASSWORD);
        Map none = http.toBlocking().retrieve(delegate.send(HttpRequest.GET(base + "/my-feed")), Map.class);
        assertThat(none).containsEntry("issued", false);
        HttpResponse<Map> issued =
                http.toBlocking().exchange(delegate.send(HttpRequest.POST(base + "/my-feed", Map.of())), Map.class);
        assertThat(issued.code()).isEqualTo(201);
        String feed = (String) issued.body().get("path");
        assertThat(feed).matches("/api/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat((String) issued.body().get("url")).endsWith(feed);
        String token = feed.substring("/api/feeds/".length(), feed.length() - ".ics".length());
        assertThat(storedTokenHashes()).contains(sha256(token)).doesNotContain(token);
        Map status = http.toBlocking().retrieve(delegate.send(HttpRequest.GET(base + "/my-feed")), Map.class);
        assertThat(status).containsEntry("issued", true).containsEntry("url", null);

        // Anonymous with the URL: the session they speak in, never stored by a cache; a bookmark adds the forum.
        HttpResponse<String> mine = http.toBlocking().exchange(HttpRequest.GET(feed), String.class);
        assertThat(mine.header("Cache-Control")).isEqualTo("no-store");
        assertThat(byUid(parse(mine.body()))).containsOnlyKeys(uid(keynote));
        http.toBlocking().exchange(delegate.send(HttpRequest.PUT(base + "/bookmarks/" + forum.get("id"), Map.of())));
        Map<String, VEvent> withBookmark =
                byUid(parse(http.toBlocking().retrieve(HttpRequest.GET(feed + "?lang=zh-Hant"))));
        assertThat(withBookmark).containsOnlyKeys(uid(keynote), uid(forum));
        assertThat(withBookmark.get(uid(forum)).getSummary().getValue()).isEqualTo("Forum（中文）");
        assertThat(withBookmark.get(uid(forum)).getSequence().getValue()).isEqualTo(1);

        // A new URL replaces the old one at once; revoking ends the new one too.
        String replacement = (String) http.toBlocking()
                .retrieve(delegate.send(HttpRequest.POST(base + "/my-feed", Map.of())), Map.class)
                .get("path");
        assertThat(replacement).isNotEqualTo(feed);
        assertThat(refused(HttpRequest.GET(feed))).containsEntry("code", "agenda.feed.not-found");
        assertThat(http.toBlocking()
                        .exchange(HttpRequest.GET(replacement), String.class)
                        .code())
                .isEqualTo(200);
        http.toBlocking().exchange(delegate.send(HttpRequest.DELETE(base + "/my-feed")));
        assertThat(refused(HttpRequest.GET(replacement))).containsEntry("code", "agenda.feed.not-found");
        assertThat(http.toBlocking().retrieve(delegate.send(HttpRequest.GET(base + "/my-feed")), Map.class))
                .containsEntry("issued", false);
    }

    private List<String> storedTokenHashes() {
        return database.executeRead(status -> {
            try (var rows =
                    status.getConnection().createStatement().executeQuery("SELECT token_hash FROM agenda_feed")) {
                List<String> hashes = new java.util.ArrayList<>();
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
                return hashes;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static ICalendar parse(String text) {
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertThat(calendars).as("one calendar in:\n" + text).hasSize(1);
        ICalendar calendar = calendars.get(0);
        assertThat(calendar.validate(ICalVersion.V2_0).getWarnings())
                .as("biweekly finds nothing wrong with:\n" + text)
                .isEmpty();
        return calendar;
    }

    private static Map<String, VEvent> byUid(ICalendar calendar) {
        return calendar.getEvents().stream()
                .collect(Collectors.toMap(event -> event.getUid().getValue(), Function.identity()));
    }

    private static String uid(Map session) {
        return session.get("id") + "@summit";
    }

    private Map session(String title, Map room, String startsAt, String endsAt, List<UUID> speakers) {
        Map body = new HashMap<>();
        body.put("title", Map.of("zh-Hant", title + "（中文）", "en", title));
        body.put("type", "panel");
        body.put("language", "en");
        body.put("roomId", room.get("id"));
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("speakerIds", speakers.stream().map(UUID::toString).toList());
        return body;
    }

    private Map post(String path, Map body) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
        return refused != null
                ? refused.code()
                : http.toBlocking().exchange(request, String.class).code();
    }

    private Map refused(HttpRequest<?> request) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, String.class));
        assertThat(refused).as("refused: " + request.getPath()).isNotNull();
        assertThat(refused.code()).isEqualTo(404);
        return refused.getResponse().getBody(Map.class).orElseThrow();
    }
}
