package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
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
 * The agenda over HTTP: an organiser builds the draft, meets its conflicts as 409s that list them and bad input as
 * 400s, publishes it; anyone reads the release with an ETag; a delegate bookmarks and sees their own agenda.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class AgendaControllerIntegrationTest implements KafkaTestSupport {

    /** The public schemas of the export formats, beside the checkout (see ../shared/validators/README.md). */
    private static final Path VALIDATORS = Path.of("..", "..", "shared", "validators");

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

    private LoggedIn organiser;
    private Delegate speaker;
    private String city;

    @BeforeAll
    void anOrganiserAndASpeakerTheAgendaKnows() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        city = "api-agenda-" + UUID.randomUUID().toString().substring(0, 8);
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
                        "mayor@" + city + ".example",
                        null,
                        "en"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.byEmail("mayor@" + city + ".example").isPresent());
    }

    @Test
    void anOrganiserBuildsThePublishesAndADelegateFollowsIt() throws java.io.IOException {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map salon = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "201 室", "en", "Salon 201"), "capacity", 60, "interpretation", false));
        Map keynote = post(base + "/sessions", session("Keynote", room, "2016-03-23T09:30:00", "2016-03-23T10:00:00"));
        assertThat((List) keynote.get("conflicts")).isEmpty();

        // The speaker cannot be in two rooms at once: 409 listing the conflict, nothing stored.
        Map overlapping = session("Panel", salon, "2016-03-23T09:45:00", "2016-03-23T10:30:00");
        Map problem = refused(organiser.send(HttpRequest.POST(base + "/sessions", overlapping)), 409);
        assertThat(problem).containsEntry("code", "agenda.conflicts");
        assertThat((List<Map>) problem.get("errors"))
                .extracting(error -> error.get("code"))
                .containsExactly("conflict.person.double-booked");
        assertThat((List) get(base + "/draft").get("sessions")).hasSize(1);

        // Bad times and unknown speakers are 400s naming the field.
        Map backwards = session("Panel", salon, "2016-03-23T11:00:00", "2016-03-23T10:30:00");
        assertThat(firstError(refused(organiser.send(HttpRequest.POST(base + "/sessions", backwards)), 400)))
                .containsEntry("field", "endsAt")
                .containsEntry("code", "session.times.out-of-order");
        Map unknown = new HashMap<>(session("Panel", salon, "2016-03-23T11:00:00", "2016-03-23T12:00:00"));
        unknown.put("speakerIds", List.of(UUID.randomUUID().toString()));
        assertThat(firstError(refused(organiser.send(HttpRequest.POST(base + "/sessions", unknown)), 400)))
                .containsEntry("code", "session.speaker.unknown");
        Map french = new HashMap<>(session("Panel", salon, "2016-03-23T11:00:00", "2016-03-23T12:00:00"));
        french.put("language", "fr");
        assertThat(firstError(refused(organiser.send(HttpRequest.POST(base + "/sessions", french)), 400)))
                .containsEntry("field", "language")
                .containsEntry("code", "choice.unknown");
        Map outside = session("Panel", salon, "2016-03-26T11:00:00", "2016-03-26T12:00:00");
        assertThat(firstError(refused(organiser.send(HttpRequest.POST(base + "/sessions", outside)), 400)))
                .containsEntry("code", "session.outside-summit");

        // A stale version is a 409.
        Map move = Map.of(
                "roomId",
                room.get("id"),
                "startsAt",
                "2016-03-23T09:00:00",
                "endsAt",
                "2016-03-23T09:30:00",
                "version",
                ((Number) keynote.get("version")).longValue() + 5);
        assertThat(refused(
                        organiser.send(HttpRequest.POST(base + "/sessions/" + keynote.get("id") + "/move", move)), 409))
                .containsEntry("code", "version.stale");

        Map release = post(base + "/releases", Map.of());
        assertThat(release).containsEntry("release", 1);

        String published = "/api/summits/" + summit.id() + "/agenda";
        HttpResponse<String> first = http.toBlocking().exchange(HttpRequest.GET(published), String.class);
        String etag = first.header("ETag");
        assertThat(etag).isEqualTo("\"" + summit.id() + "-r1\"");
        assertThat(first.body()).contains("Keynote").contains("\"release\":1");
        HttpClientResponseException notModified = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking()
                        .exchange(HttpRequest.GET(published).header("If-None-Match", etag), String.class));
        if (notModified != null) {
            assertThat(notModified.code()).isEqualTo(304);
        } else {
            assertThat(http.toBlocking()
                            .exchange(HttpRequest.GET(published).header("If-None-Match", etag), String.class)
                            .code())
                    .isEqualTo(304);
        }

        // The release as a c3voc/frab schedule.xml, in each language, valid against the format's schema.
        for (String lang : List.of("en", "zh-Hant")) {
            String xml = http.toBlocking().retrieve(HttpRequest.GET(published + "/schedule.xml?lang=" + lang));
            assertThat(xml).contains(lang.equals("en") ? "Johan de Vries" : "約翰·德弗里斯");
            assertThat(xml)
                    .as("each event names the language the session is held in, whatever the file's language")
                    .contains("<language>en</language>")
                    .doesNotContain("<language>zh-Hant</language>");
            assertThatCode(() -> SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                            .newSchema(VALIDATORS.resolve("schedule.xml.xsd").toFile())
                            .newValidator()
                            .validate(new StreamSource(new StringReader(xml))))
                    .as("schedule.xml in " + lang + " is valid:\n" + xml)
                    .doesNotThrowAnyException();
        }

        // And as a c3voc schedule.json, valid against that format's schema (which does refuse a wrong document).
        assertThat(scheduleJsonProblems("{\"schedule\": {\"version\": \"1\"}}")).isNotEmpty();
        for (String lang : List.of("en", "zh-Hant")) {
            String document = http.toBlocking().retrieve(HttpRequest.GET(published + "/schedule.json?lang=" + lang));
            assertThat(document).contains(lang.equals("en") ? "Johan de Vries" : "約翰·德弗里斯");
            assertThat(scheduleJsonProblems(document))
                    .as("schedule.json in " + lang + ":\n" + document)
                    .isEmpty();
        }

        // The speaker logs in as a delegate of their city: the keynote is on their agenda, and a bookmark too.
        accounts.createActive("mayor@" + city + ".example", "Johan", Role.DELEGATE, city, LoggedIn.PASSWORD);
        LoggedIn delegate = LoggedIn.login(http, "mayor@" + city + ".example", LoggedIn.PASSWORD);
        http.toBlocking().exchange(delegate.send(HttpRequest.PUT(base + "/bookmarks/" + keynote.get("id"), Map.of())));
        Map mine = http.toBlocking().retrieve(delegate.send(HttpRequest.GET(base + "/mine")), Map.class);
        assertThat((List<Map>) mine.get("sessions"))
                .singleElement()
                .satisfies(entry ->
                        assertThat(entry).containsEntry("speaking", true).containsEntry("bookmarked", true));
    }

    private static java.util.Set<com.networknt.schema.ValidationMessage> scheduleJsonProblems(String document)
            throws java.io.IOException {
        try (var schemaFile = java.nio.file.Files.newInputStream(VALIDATORS.resolve("schedule.schema.json"))) {
            var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                            com.networknt.schema.SpecVersion.VersionFlag.V6)
                    .getSchema(schemaFile);
            return schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(document));
        }
    }

    @Test
    void organisersPickSpeakersByNameFromTheAgendasOwnPeople() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        List<Map> people = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.GET("/api/agenda/" + summit.id() + "/people")),
                        Argument.listOf(Map.class));

        assertThat(people)
                .filteredOn(person -> speaker.id().toString().equals(person.get("id")))
                .singleElement()
                .satisfies(person -> {
                    assertThat(person.get("name")).isEqualTo(Map.of("zh-Hant", "約翰·德弗里斯", "en", "Johan de Vries"));
                    assertThat(person).containsEntry("cityId", city).containsEntry("cityWithdrawn", false);
                });
        assertThat(refused(organiser.send(HttpRequest.GET("/api/agenda/" + UUID.randomUUID() + "/people")), 404))
                .containsEntry("code", "summit.not-found");
    }

    @Test
    void theSecondOrganiserEditingASessionIsShownItAsItNowIs() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        String base = "/api/agenda/" + summit.id();
        Map room = post(
                base + "/rooms",
                Map.of("name", Map.of("zh-Hant", "大會堂", "en", "Main Hall"), "capacity", 800, "interpretation", true));
        Map forum = post(base + "/sessions", session("Forum", room, "2016-03-23T09:30:00", "2016-03-23T10:00:00"));
        long seen = ((Number) forum.get("version")).longValue();
        // The first organiser moves it...
        Map moved = post(
                base + "/sessions/" + forum.get("id") + "/move",
                Map.of(
                        "roomId",
                        room.get("id"),
                        "startsAt",
                        "2016-03-23T14:00:00",
                        "endsAt",
                        "2016-03-23T15:00:00",
                        "version",
                        seen));

        // ...and the second, who saw it before, moves and revises it too: both 409 with the session as it now is.
        Map move = Map.of(
                "roomId",
                room.get("id"),
                "startsAt",
                "2016-03-23T11:00:00",
                "endsAt",
                "2016-03-23T11:30:00",
                "version",
                seen);
        Map staleMove =
                refused(organiser.send(HttpRequest.POST(base + "/sessions/" + forum.get("id") + "/move", move)), 409);
        Map revision =
                new HashMap<>(session("Forum on governance", room, "2016-03-23T09:30:00", "2016-03-23T10:00:00"));
        revision.put("version", seen);
        Map staleRevision =
                refused(organiser.send(HttpRequest.PUT(base + "/sessions/" + forum.get("id"), revision)), 409);

        for (Map problem : List.of(staleMove, staleRevision)) {
            assertThat(problem).containsEntry("code", "version.stale");
            Map args = (Map) problem.get("args");
            assertThat(((Number) args.get("expected")).longValue()).isEqualTo(seen);
            Map current = (Map) args.get("currentSession");
            assertThat(current)
                    .containsEntry("id", forum.get("id"))
                    .containsEntry("roomId", room.get("id"))
                    .containsEntry("title", Map.of("zh-Hant", "Forum（中文）", "en", "Forum"))
                    .containsEntry("speakerIds", List.of(speaker.id().toString()));
            assertThat((String) current.get("startsAt")).startsWith("2016-03-23T14:00");
            assertThat((String) current.get("endsAt")).startsWith("2016-03-23T15:00");
            assertThat(((Number) current.get("version")).longValue())
                    .isEqualTo(((Number) moved.get("version")).longValue());
        }
        // Nothing of the stale edits was stored.
        assertThat((List<Map>) get(base + "/draft").get("sessions"))
                .singleElement()
                .satisfies(session -> assertThat(session).containsEntry("startsAt", moved.get("startsAt")));
    }

    private Map session(String title, Map room, String startsAt, String endsAt) {
        return Map.of(
                "title",
                Map.of("zh-Hant", title + "（中文）", "en", title),
                "type",
                "panel",
                "language",
                "en",
                "roomId",
                room.get("id"),
                "startsAt",
                startsAt,
                "endsAt",
                endsAt,
                "speakerIds",
                List.of(speaker.id().toString()));
    }

    private Map post(String path, Map body) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
    }

    private Map get(String path) {
        return http.toBlocking().retrieve(organiser.send(HttpRequest.GET(path)), Map.class);
    }

    private Map refused(MutableHttpRequest<?> request, int status) {
        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
        assertThat(refused).as("refused with " + status).isNotNull();
        assertThat(refused.code()).isEqualTo(status);
        return refused.getResponse().getBody(Map.class).orElseThrow();
    }

    private static Map firstError(Map problem) {
        return ((List<Map>) problem.get("errors")).get(0);
    }
}
