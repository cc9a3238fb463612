package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.cities.Delegate;
import org.summit.shared.CityCode;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * A value of the wrong JSON type is refused with a 400 problem naming the field, and nothing is stored: the
 * framework no longer turns {@code 123} or {@code true} into text, a number into a date, or a one-element list into
 * its element.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonIntegrationTest implements KafkaTestSupport {

    private static final String CITY = "strict-json-city";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    AuditLog audit;

    @Inject
    JsonMapper json;

    private LoggedIn organiser;
    private LoggedIn delegate;

    @BeforeAll
    void aCityWithADelegate() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        assertThat(post(organiser, "/api/cities", city("\"" + CITY + "\"")).code())
                .isEqualTo(201);
        delegate = LoggedIn.as(accounts, http, Role.DELEGATE, CITY);
        assertThat(post(
                                organiser,
                                "/api/cities/" + CITY + "/delegates",
                                profile(delegate.email(), "\"2016-03-22\"", "null"))
                        .code())
                .isEqualTo(201);
    }

    @Test
    void aNumberOrABooleanIsNotACityCode() {
        int citiesBefore = cities.list().size();
        for (String id : List.of("123", "true", "[\"a\"]", "{\"code\":\"x\"}", "12.5")) {
            HttpResponse<String> refused = post(organiser, "/api/cities", city(id));

            assertRefused(refused, "id", "\"id\": " + id);
        }
        assertThat(cities.find(new CityCode("123"))).isEmpty();
        assertThat(cities.find(new CityCode("true"))).isEmpty();
        assertThat(cities.list()).hasSize(citiesBefore);
    }

    @Test
    void aNumberIsNotADate() {
        Delegate before = cities.delegateByEmail(delegate.email()).orElseThrow();

        HttpResponse<String> refused = send(
                delegate, HttpRequest.PUT("/api/delegates/me", profile(delegate.email(), "123", before.version())));

        assertRefused(refused, "arrivesOn", "\"arrivesOn\": 123");
        Delegate after = cities.delegateByEmail(delegate.email()).orElseThrow();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.arrivesOn()).isEqualTo(before.arrivesOn()).isNotEqualTo(LocalDate.of(1970, 5, 4));
    }

    @Test
    void textIsNotAYesOrNoNorAVersionNumber() {
        Delegate before = cities.delegateByEmail(delegate.email()).orElseThrow();
        String sent = profile(delegate.email(), "\"2016-03-21\"", before.version());

        assertRefused(
                send(
                        delegate,
                        HttpRequest.PUT(
                                "/api/delegates/me",
                                sent.replace("\"needsInterpretation\": true", "\"needsInterpretation\": \"yes\""))),
                "needsInterpretation",
                "\"needsInterpretation\": \"yes\"");
        assertRefused(
                send(
                        delegate,
                        HttpRequest.PUT(
                                "/api/delegates/me",
                                sent.replace(
                                        "\"version\": " + before.version(),
                                        "\"version\": \"" + before.version() + "\""))),
                "version",
                "\"version\": \"" + before.version() + "\"");
        assertThat(cities.delegateByEmail(delegate.email()).orElseThrow().version())
                .isEqualTo(before.version());
    }

    @Test
    void aListIsNotAnEmailAndSoNotAFailedLogin() {
        long failedBefore = audit.latest(AuditAction.LOGIN_FAILED, 10_000).size();

        HttpResponse<String> refused = send(
                null,
                HttpRequest.POST("/api/session", "{\"email\": [\"" + delegate.email() + "\"], \"password\": \"x\"}"));

        assertRefused(refused, "email", "\"email\": [...]");
        assertThat(audit.latest(AuditAction.LOGIN_FAILED, 10_000)).hasSize((int) failedBefore);
    }

    @Test
    void valuesOfTheRightTypeAreStillRead() {
        Delegate before = cities.delegateByEmail(delegate.email()).orElseThrow();

        HttpResponse<String> saved = send(
                delegate,
                HttpRequest.PUT("/api/delegates/me", profile(delegate.email(), "\"2016-03-20\"", before.version())));

        assertThat(saved.code()).isEqualTo(200);
        assertThat(cities.delegateByEmail(delegate.email())
                        .orElseThrow()
                        .profile()
                        .arrivesOn())
                .isEqualTo(LocalDate.of(2016, 3, 20));
    }

    private void assertRefused(HttpResponse<String> answer, String field, String sent) {
        assertThat(answer.code()).as(sent).isEqualTo(400);
        assertThat(answer.getContentType()).map(MediaType::toString).as(sent).hasValue(Problem.MEDIA_TYPE);
        Map<?, ?> problem;
        try {
            problem = json.readValue(answer.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object> fields = ((List<?>) problem.get("errors"))
                .stream().<Object>map(error -> ((Map<?, ?>) error).get("field")).toList();
        assertThat(fields).as("fields named for %s", sent).containsExactly(field);
    }

    private static String city(String id) {
        return """
                {"id": %s, "name": {"zh-Hant": "嚴格城市", "en": "Strict City"},
                 "kind": "CITY", "role": "GUEST", "country": "NL", "timeZone": "Europe/Amsterdam"}
                """.formatted(id);
    }

    private static String profile(String email, String arrivesOn, Object version) {
        return """
                {"name": {"zh-Hant": "克萊兒·馬丁", "en": "Claire Martin"},
                 "title": {"zh-Hant": "市長", "en": "Mayor"},
                 "languages": ["fr", "en"], "needsInterpretation": true,
                 "arrivesOn": %s, "departsOn": "2016-03-25",
                 "email": "%s", "phone": "+33 4 76 00 00 00", "preferredLanguage": "en", "version": %s}
                """.formatted(arrivesOn, email, version);
    }

    private HttpResponse<String> post(LoggedIn as, String path, String body) {
        return send(as, HttpRequest.POST(path, body));
    }

    private HttpResponse<String> send(LoggedIn as, MutableHttpRequest<String> request) {
        MutableHttpRequest<String> json = request.contentType(MediaType.APPLICATION_JSON_TYPE);
        try {
            return http.toBlocking().exchange(as == null ? json : as.send(json), String.class);
        } catch (HttpClientResponseException refused) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) refused.getResponse();
            return response;
        }
    }
}
