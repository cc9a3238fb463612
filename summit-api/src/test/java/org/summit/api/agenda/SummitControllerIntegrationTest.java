package org.summit.api.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.events.Topics;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitControllerIntegrationTest implements KafkaTestSupport {

    private static final String VALID = """
            {"name": {"zh-Hant": "2016 智慧城市市長高峰會", "en": "2016 Smart City Mayors' Summit"},
             "venue": {"zh-Hant": "臺北南港展覽館", "en": "Taipei Nangang Exhibition Center"},
             "startsOn": "2016-03-23", "endsOn": "2016-03-24", "timeZone": "Asia/Taipei"}
            """;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    SummitService summits;

    @Inject
    JsonMapper json;

    @Inject
    AccountService accounts;

    private LoggedIn organiser;

    @BeforeAll
    void logInAsOrganiser() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
    }

    @Test
    void anOrganiserSetsUpASummitAndRevisesIt() throws IOException {
        HttpResponse<Map> created =
                http.toBlocking().exchange(organiser.send(HttpRequest.POST("/api/summits", VALID)), Map.class);

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        Map<String, Object> summit = created.body();
        String id = (String) summit.get("id");
        assertThat(created.header("Location")).isEqualTo("/api/summits/" + id);
        assertThat(summit).containsEntry("timeZone", "Asia/Taipei").containsEntry("startsOn", "2016-03-23");
        assertThat((Map<String, String>) summit.get("name")).containsEntry("zh-Hant", "2016 智慧城市市長高峰會");

        Map<String, Object> revision = json.readValue(VALID, Map.class);
        revision.put("venue", Map.of("zh-Hant", "臺北市政府", "en", "Taipei City Hall"));
        revision.put("version", summit.get("version"));
        Map<String, Object> revised =
                http.toBlocking().retrieve(organiser.send(HttpRequest.PUT("/api/summits/" + id, revision)), Map.class);

        assertThat(((Number) revised.get("version")).longValue())
                .isEqualTo(((Number) summit.get("version")).longValue() + 1);
        Map<String, Object> read = http.toBlocking().retrieve("/api/summits/" + id, Map.class);
        assertThat((Map<String, String>) read.get("venue")).containsEntry("en", "Taipei City Hall");
    }

    @Test
    void aChangeMadeThroughTheApiTravelsOnTheAgendaTopic() {
        Map<String, Object> summit =
                http.toBlocking().retrieve(organiser.send(HttpRequest.POST("/api/summits", VALID)), Map.class);
        String id = (String) summit.get("id");

        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                KafkaTestSupport.poll(consumer, Duration.ofMillis(200)).stream()
                        .filter(record -> record.key().equals(id))
                        .forEach(mine::add);
                return !mine.isEmpty();
            });
        }
        assertThat(mine.get(0).value())
                .contains("\"type\":\"SummitCreated\"")
                .contains("\"eventId\"")
                .contains("\"schemaVersion\":1")
                .contains("\"aggregateId\":\"" + id + "\"")
                .contains("Taipei Nangang Exhibition Center");
    }

    @Test
    void anEditOfAnOutdatedVersionIsAConflict() throws IOException {
        Map<String, Object> summit =
                http.toBlocking().retrieve(organiser.send(HttpRequest.POST("/api/summits", VALID)), Map.class);
        Map<String, Object> revision = json.readValue(VALID, Map.class);
        revision.put("timeZone", "Europe/Paris");
        revision.put("version", 99);

        HttpClientResponseException refused =
                refused(organiser.send(HttpRequest.PUT("/api/summits/" + summit.get("id"), revision)));

        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertProblem(refused, 409);
    }

    @Test
    void anUnknownSummitIsANotFoundProblem() {
        HttpClientResponseException refused =
                refused(HttpRequest.GET("/api/summits/7d444840-9dc0-11d1-b245-5ffdce74fad2"));

        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertProblem(refused, 404);
    }

    static Stream<Arguments> badSummits() {
        String megabyte = "x".repeat(1024 * 1024);
        return Stream.of(
                Arguments.of(
                        "missing name",
                        VALID.replace(
                                "\"name\": {\"zh-Hant\": \"2016 智慧城市市長高峰會\","
                                        + " \"en\": \"2016 Smart City Mayors' Summit\"},",
                                ""),
                        "name",
                        "value.required"),
                Arguments.of(
                        "missing English name",
                        VALID.replace("\"en\": \"2016 Smart City Mayors' Summit\"", "\"en\": \"\""),
                        "name.en",
                        "value.required"),
                Arguments.of(
                        "missing Chinese venue",
                        VALID.replace("\"zh-Hant\": \"臺北南港展覽館\", ", ""),
                        "venue.zh-Hant",
                        "value.required"),
                Arguments.of(
                        "missing time zone",
                        VALID.replace(", \"timeZone\": \"Asia/Taipei\"", ""),
                        "timeZone",
                        "value.required"),
                Arguments.of(
                        "end before start",
                        VALID.replace("\"endsOn\": \"2016-03-24\"", "\"endsOn\": \"2016-03-22\""),
                        "endsOn",
                        "summit.days.out-of-order"),
                Arguments.of(
                        "unknown time zone",
                        VALID.replace("Asia/Taipei", "Asia/Atlantis"),
                        "timeZone",
                        "time-zone.unknown"),
                Arguments.of(
                        "not a date",
                        VALID.replace("\"2016-03-23\"", "\"23 March\""),
                        "startsOn",
                        "request.value.not-date"),
                Arguments.of("malformed JSON", VALID.substring(0, VALID.length() - 3), null, "request.json.malformed"),
                Arguments.of(
                        "1 MB name",
                        VALID.replace("2016 Smart City Mayors' Summit", megabyte),
                        "name.en",
                        "text.too-long"),
                Arguments.of(
                        "1 MB time zone", VALID.replace("Asia/Taipei", megabyte), "timeZone", "time-zone.unknown"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSummits")
    void badInputIsABadRequestProblemThatNamesTheFieldAndStoresNothing(
            String situation, String body, String field, String code) {
        int before = summits.list().size();

        HttpClientResponseException refused = refused(organiser.send(HttpRequest.POST("/api/summits", body)));

        assertThat(refused.getStatus().getCode()).as(situation).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        Map<String, Object> problem = assertProblem(refused, 400);
        if (field != null) {
            assertThat((List<Map<String, Object>>) problem.get("errors"))
                    .as(situation)
                    .extracting(error -> error.get("field"), error -> error.get("code"))
                    .contains(org.assertj.core.groups.Tuple.tuple(field, code));
        } else {
            assertThat(problem).as(situation).containsEntry("code", code);
        }
        assertThat(summits.list()).hasSize(before);
    }

    @Test
    void aRevisionWithoutTheVersionEditedIsRefused() {
        Map<String, Object> summit =
                http.toBlocking().retrieve(organiser.send(HttpRequest.POST("/api/summits", VALID)), Map.class);

        HttpClientResponseException refused =
                refused(organiser.send(HttpRequest.PUT("/api/summits/" + summit.get("id"), VALID)));

        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat((List<Map<String, Object>>) assertProblem(refused, 400).get("errors"))
                .extracting(error -> error.get("field"), error -> error.get("code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("version", "version.required"));
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            throw new AssertionError("Expected a refusal, got " + response.status() + " " + response.body());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private Map<String, Object> assertProblem(HttpClientResponseException refused, int status) {
        assertThat(refused.getResponse().getContentType())
                .map(MediaType::toString)
                .hasValue("application/problem+json");
        Map<String, Object> problem = refused.getResponse()
                .getBody(Argument.mapOf(String.class, Object.class))
                .orElseThrow();
        assertThat(problem).containsEntry("status", status).containsKey("title").containsKey("detail");
        assertThat((String) problem.get("type")).startsWith("/api/problems/");
        assertThat(problem.get("code")).isInstanceOf(String.class);
        return problem;
    }
}
