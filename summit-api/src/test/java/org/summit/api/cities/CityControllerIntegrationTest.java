package org.summit.api.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.cities.DelegationFiles;
import org.summit.cities.DelegationImport;
import org.summit.shared.CityCode;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

/** Organisers, delegates and staff working with cities over HTTP, as the UI does, with every refusal a problem. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityControllerIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    Outbox outbox;

    @Inject
    JsonMapper json;

    private LoggedIn organiser;
    private LoggedIn staff;

    @BeforeAll
    void logIn() {
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        staff = LoggedIn.as(accounts, http, Role.STAFF, null);
    }

    @Test
    void anOrganiserRegistersACityWithItsDelegationAndSignatory() throws IOException {
        String code = code();
        HttpResponse<String> created = organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/cities/" + code);

        Map<String, Object> mayor =
                body(organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegate("mayor@" + code))));
        HttpResponse<String> designated =
                organiser(HttpRequest.PUT("/api/cities/" + code + "/signatory", Map.of("delegateId", mayor.get("id"))));
        organiser(HttpRequest.PUT("/api/cities/" + code + "/head", Map.of("delegateId", mayor.get("id"))));

        assertThat(designated.code()).isEqualTo(200);
        Map<String, Object> detail = body(organiser(HttpRequest.GET("/api/cities/" + code)));
        assertThat(detail)
                .containsEntry("id", code)
                .containsEntry("name", Map.of("zh-Hant", "格勒諾布爾", "en", "Grenoble-Alpes Métropole"))
                .containsEntry("role", "GUEST")
                .containsEntry("signatoryId", mayor.get("id"))
                .containsEntry("headOfDelegationId", mayor.get("id"))
                .containsEntry("privateDetails", true);
        assertThat((List<Map<String, Object>>) detail.get("delegates"))
                .singleElement()
                .satisfies(member -> assertThat(member)
                        .containsEntry("email", "mayor@" + code + ".example")
                        .containsEntry("languages", List.of("fr", "en"))
                        .containsEntry("arrivesOn", "2016-03-22"));
        List<Map> list =
                json.readValue(organiser(HttpRequest.GET("/api/cities")).body(), Argument.listOf(Map.class));
        assertThat(list)
                .anySatisfy(city -> assertThat(city)
                        .containsEntry("id", code)
                        .containsEntry("delegateCount", 1)
                        .containsEntry("attending", true));
    }

    @Test
    void theCeremonysSigningRollFollowsTheDesignationsFromTheCitiesEventsAlone() throws IOException {
        String code = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));
        Map<String, Object> mayor =
                body(organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegate("mayor@" + code))));
        organiser(HttpRequest.PUT("/api/cities/" + code + "/signatory", Map.of("delegateId", mayor.get("id"))));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rollEntry(code))
                        .containsEntry("signatoryId", mayor.get("id"))
                        .containsEntry("signatoryName", Map.of("zh-Hant", "克萊兒·馬丁", "en", "Claire Martin")));

        organiser(HttpRequest.DELETE("/api/cities/" + code + "/delegates/" + mayor.get("id")));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(rollEntry(code).get("signatoryId")).isNull());
    }

    private Map<String, Object> rollEntry(String code) throws IOException {
        List<Map> roll = json.readValue(
                send(staff, HttpRequest.GET("/api/ceremony/signing-roll")).body(), Argument.listOf(Map.class));
        return roll.stream()
                .filter(entry -> code.equals(entry.get("cityId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not on the signing roll yet"));
    }

    @Test
    void aNewCityIsSentWithEveryFieldNullOrEmptyIncluded() throws IOException {
        String code = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));

        Map<String, Object> detail = body(organiser(HttpRequest.GET("/api/cities/" + code)));

        assertThat(detail)
                .containsEntry("delegates", List.of())
                .containsEntry("signatoryId", null)
                .containsEntry("headOfDelegationId", null)
                .containsEntry("description", null)
                .containsEntry("withdrawnAt", null)
                .containsEntry("delegateCount", 0);
    }

    @Test
    void badCityInputIsAProblemNamingTheFieldAndStoresNothing() throws IOException {
        String code = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));

        assertProblem(organiser(HttpRequest.POST("/api/cities", city(code, "HOST", "FR"))), 409, "city.code.taken");
        assertProblem(organiser(HttpRequest.POST("/api/cities", city(code(), "GUEST", "XX"))), 400, "country.unknown");
        assertProblem(
                organiser(HttpRequest.POST(
                        "/api/cities", city(code(), "GUEST", "FR").replace("Europe/Paris", "Paris"))),
                400,
                "time-zone.unknown");
        assertProblem(organiser(HttpRequest.POST("/api/cities", city(code(), "MAYOR", "FR"))), 400, "choice.unknown");
        assertProblem(
                organiser(HttpRequest.POST("/api/cities", city("Grenoble City", "GUEST", "FR"))),
                400,
                "city.code.invalid");
        HttpResponse<String> twoWrongs =
                organiser(HttpRequest.POST("/api/cities", city("Grenoble City", "GUEST", "XX")));
        assertThat((List<Map<String, Object>>) body(twoWrongs).get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("id", "country");
        assertThat(cities.find(new CityCode(code)).orElseThrow().role().name()).isEqualTo("GUEST");
    }

    @Test
    void badDelegateInputIsAProblemAndStoresNothing() throws IOException {
        String code = code();
        String other = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));
        organiser(HttpRequest.POST("/api/cities", city(other, "GUEST", "NL")));
        Map<String, Object> mayor =
                body(organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegate("mayor@" + code))));
        Map<String, Object> deputy =
                body(organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegate("deputy@" + code))));
        organiser(HttpRequest.PUT("/api/cities/" + code + "/signatory", Map.of("delegateId", mayor.get("id"))));

        assertProblem(
                organiser(
                        HttpRequest.PUT("/api/cities/" + code + "/signatory", Map.of("delegateId", deputy.get("id")))),
                409,
                "city.signatory.already-designated");
        assertProblem(
                organiser(HttpRequest.POST("/api/cities/" + other + "/delegates", delegate("mayor@" + code))),
                409,
                "delegate.email.taken");
        assertProblem(
                organiser(HttpRequest.POST(
                        "/api/cities/" + other + "/delegates",
                        delegate("late@" + other).replace("2016-03-25", "2016-03-20"))),
                400,
                "delegate.travel.out-of-order");
        assertProblem(
                organiser(HttpRequest.POST(
                        "/api/cities/" + other + "/delegates",
                        delegate("x@" + other).replace("x@" + other + ".example", "not an e-mail"))),
                400,
                "email.invalid");
        HttpResponse<String> twoWrongs = organiser(HttpRequest.POST(
                "/api/cities/" + other + "/delegates",
                delegate("y@" + other)
                        .replace("y@" + other + ".example", "not an e-mail")
                        .replace("2016-03-25", "2016-03-20")));
        assertProblem(twoWrongs, 400, "email.invalid");
        assertThat((List<Map<String, Object>>) body(twoWrongs).get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("email", "departsOn");
        assertThat(cities.delegation(new CityCode(other))).isEmpty();
        assertThat(cities.find(new CityCode(code)).orElseThrow().signatoryDelegateId())
                .hasToString((String) mayor.get("id"));
    }

    @Test
    void contactDetailsAreForOrganisersAndTheCitysOwnDelegatesOnly() throws IOException {
        String code = code();
        String other = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));
        organiser(HttpRequest.POST("/api/cities", city(other, "GUEST", "NL")));
        organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegate("mayor@" + code)));
        LoggedIn ownDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, code);
        LoggedIn otherDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, other);

        Map<String, Object> seenByOwn = body(send(ownDelegate, HttpRequest.GET("/api/cities/" + code)));
        Map<String, Object> seenByOther = body(send(otherDelegate, HttpRequest.GET("/api/cities/" + code)));
        Map<String, Object> seenByStaff = body(send(staff, HttpRequest.GET("/api/cities/" + code)));

        assertThat(seenByOwn).containsEntry("privateDetails", true);
        assertThat(firstDelegate(seenByOwn)).containsEntry("email", "mayor@" + code + ".example");
        for (Map<String, Object> outsider : List.of(seenByOther, seenByStaff)) {
            assertThat(outsider).containsEntry("privateDetails", false);
            assertThat(firstDelegate(outsider))
                    .containsEntry("name", Map.of("zh-Hant", "克萊兒·馬丁", "en", "Claire Martin"))
                    .containsEntry("email", null)
                    .containsEntry("phone", null)
                    .containsEntry("arrivesOn", null)
                    .containsEntry("departsOn", null)
                    .containsEntry("preferredLanguage", null);
        }
    }

    @Test
    void aDelegateEditsTheirOwnProfileButNotTheirEmail() throws IOException {
        String code = code();
        organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR")));
        LoggedIn delegate = LoggedIn.as(accounts, http, Role.DELEGATE, code);
        assertProblem(send(delegate, HttpRequest.GET("/api/delegates/me")), 404, "delegate.not-listed");
        organiser(HttpRequest.POST("/api/cities/" + code + "/delegates", delegateAt(delegate.email(), null)));
        Map<String, Object> mine = body(send(delegate, HttpRequest.GET("/api/delegates/me")));

        Map<String, Object> edited = body(send(
                delegate,
                HttpRequest.PUT(
                        "/api/delegates/me",
                        delegateAt("someone.else@" + code + ".example", mine.get("version"))
                                .replace("\"fr\", \"en\"", "\"fr\", \"en\", \"zh-Hant\""))));

        assertThat(edited.get("languages")).isEqualTo(List.of("fr", "en", "zh-Hant"));
        assertThat(edited).containsEntry("email", delegate.email());
        assertThat(cities.delegateByEmail(delegate.email()).orElseThrow().languageList())
                .contains("zh-Hant");
    }

    @Test
    void aCsvFileWithBrokenRowsIsRefusedWithEachRowsLineAndTheCorrectedOneImportsOnce() throws IOException {
        String prefix = "http-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = DelegationFiles.lines(prefix, 2_000);
        List<String> broken = new ArrayList<>(lines);
        broken.set(10, broken.get(10).replace("@example.org", "@"));
        broken.set(500, broken.get(500).replace("fr;en", "French"));
        broken.set(1_500, broken.get(1_500).replace("2016-03-22", "22/03/2016"));
        long eventsBefore = outbox.written();

        HttpResponse<String> refused = importCsv(DelegationFiles.bytes(broken));

        assertProblem(refused, 400, "csv.rejected");
        assertThat(body(refused))
                .containsEntry("type", "/api/problems/invalid-file")
                .containsEntry("args", Map.of("count", 3));
        List<Map<String, Object>> errors =
                (List<Map<String, Object>>) body(refused).get("errors");
        assertThat(errors).extracting(error -> error.get("line")).containsExactly(11, 501, 1_501);
        assertThat(errors).extracting(error -> error.get("field")).containsExactly("email", "languages", "arrives_on");
        assertThat(errors)
                .extracting(error -> error.get("code"))
                .containsExactly("email.invalid", "language.unknown", "date.invalid");
        assertThat(outbox.written()).isEqualTo(eventsBefore);

        Map<String, Object> report = body(importCsv(DelegationFiles.bytes(lines)));
        Map<String, Object> again = body(importCsv(DelegationFiles.bytes(lines)));

        assertThat(report).containsEntry("delegatesAdded", 2_000).containsEntry("citiesRegistered", 40);
        assertThat(again).containsEntry("delegatesAdded", 0).containsEntry("unchangedDelegates", 2_000);
        assertThat(cities.delegation(new CityCode(prefix + "-0"))).hasSize(50);
    }

    @Test
    void aCsvFileInAnotherEncodingOrWithoutAColumnIsRefusedAndAHugeOneIsTooLarge() throws IOException {
        String prefix = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] big5 = String.join("\r\n", DelegationFiles.lines(prefix, 2)).getBytes("Big5");
        assertProblem(importCsv(big5), 400, "csv.not-utf8");

        List<String> withoutEmail = new ArrayList<>(DelegationFiles.lines(prefix, 2));
        withoutEmail.set(0, withoutEmail.get(0).replace(",email,", ",e-mail,"));
        HttpResponse<String> missing = importCsv(DelegationFiles.bytes(withoutEmail));
        assertProblem(missing, 400, "csv.header.invalid");
        assertThat((List<Map<String, Object>>) body(missing).get("errors"))
                .extracting(error -> error.get("field"))
                .contains("email", "e-mail");

        HttpResponse<String> tooManyRows =
                importCsv(DelegationFiles.bytes(DelegationFiles.lines(prefix, DelegationImport.MAX_ROWS + 1)));
        assertProblem(tooManyRows, 413, "csv.too-many-rows");
        HttpResponse<String> huge = importCsv(DelegationFiles.bytes(DelegationFiles.lines(prefix, 100_000)));
        assertProblem(huge, 413, "request.body.too-large");
        assertThat(cities.find(new CityCode(prefix + "-0"))).isEmpty();
    }

    @Test
    void theFormAndTheFileGiveTheSameCodeForTheSameMistake() throws IOException {
        HttpResponse<String> form = organiser(HttpRequest.POST(
                "/api/cities", city(code(), "GUEST", "FR").replace("Europe/Paris", "Europe/Grenoble")));
        List<String> lines = new ArrayList<>(
                DelegationFiles.lines("same-" + UUID.randomUUID().toString().substring(0, 8), 1));
        lines.set(1, lines.get(1).replace("Europe/Paris", "Europe/Grenoble"));
        HttpResponse<String> file = importCsv(DelegationFiles.bytes(lines));

        assertThat((List<Map<String, Object>>) body(form).get("errors"))
                .extracting(error -> error.get("field"), error -> error.get("code"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("timeZone", "time-zone.unknown"));
        assertThat((List<Map<String, Object>>) body(file).get("errors"))
                .extracting(error -> error.get("field"), error -> error.get("code"), error -> error.get("line"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("time_zone", "time-zone.unknown", 2));
    }

    @Test
    void aStaleEditIsAConflictNamingWhatChangedAndStoresNothing() throws IOException {
        String code = code();
        Map<String, Object> registered = body(organiser(HttpRequest.POST("/api/cities", city(code, "GUEST", "FR"))));
        organiser(HttpRequest.PUT(
                "/api/cities/" + code,
                city(code, "HOST", "FR").replace("}\n", ", \"version\": " + registered.get("version") + "}\n")));

        HttpResponse<String> stale = organiser(HttpRequest.PUT(
                "/api/cities/" + code,
                city(code, "OBSERVER", "FR").replace("}\n", ", \"version\": " + registered.get("version") + "}\n")));

        assertProblem(stale, 409, "version.stale");
        assertThat(body(stale).get("args"))
                .isEqualTo(Map.of(
                        "what",
                        Map.of("zh-Hant", "格勒諾布爾", "en", "Grenoble-Alpes Métropole"),
                        "current",
                        ((Number) registered.get("version")).intValue() + 1,
                        "expected",
                        registered.get("version")));
        assertThat(cities.find(new CityCode(code)).orElseThrow().role().name()).isEqualTo("HOST");
    }

    @Test
    void theTemplateIsAFileTheImportTakes() throws IOException {
        HttpResponse<String> template = organiser(HttpRequest.GET("/api/cities/import/template"));
        assertThat(template.getContentType().orElseThrow().toString()).startsWith("text/csv");

        Map<String, Object> report = body(importCsv(template.body().getBytes(StandardCharsets.UTF_8)));

        assertThat(report).containsKey("rows").containsEntry("rows", 2);
    }

    private HttpResponse<String> importCsv(byte[] file) {
        return organiser(HttpRequest.POST("/api/cities/import", file).contentType(MediaType.of("text/csv")));
    }

    private HttpResponse<String> organiser(MutableHttpRequest<?> request) {
        return send(organiser, request);
    }

    private HttpResponse<String> send(LoggedIn who, MutableHttpRequest<?> request) {
        if (request.getContentType().isEmpty() && request.getBody().isPresent()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        try {
            return http.toBlocking().exchange(who.send(request), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    /** The answer is a problem of {@code status} whose code, or the code of one of its errors, is {@code code}. */
    private void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.code())
                .as(response.getBody(String.class).orElse(""))
                .isEqualTo(status);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map<String, Object> problem = body(response);
        assertThat((String) problem.get("type")).startsWith("/api/problems/");
        List<Object> codes = new ArrayList<>();
        codes.add(problem.get("code"));
        ((List<Map<String, Object>>) problem.get("errors")).forEach(error -> codes.add(error.get("code")));
        assertThat(codes).as(problem.toString()).contains(code);
    }

    private Map<String, Object> body(HttpResponse<?> response) throws IOException {
        String text = response.getBody(String.class).orElseThrow();
        return json.readValue(text, Map.class);
    }

    private static Map<String, Object> firstDelegate(Map<String, Object> city) {
        return ((List<Map<String, Object>>) city.get("delegates")).get(0);
    }

    private static String code() {
        return "api-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String city(String code, String role, String country) {
        return """
                {"id": "%s", "name": {"zh-Hant": "格勒諾布爾", "en": "Grenoble-Alpes Métropole"},
                 "kind": "CITY", "role": "%s", "country": "%s", "timeZone": "Europe/Paris"}
                """.formatted(code, role, country);
    }

    private static String delegate(String emailBeforeDomain) {
        return delegateAt(emailBeforeDomain + ".example", null);
    }

    private static String delegateAt(String email, Object version) {
        return """
                {"name": {"zh-Hant": "克萊兒·馬丁", "en": "Claire Martin"},
                 "title": {"zh-Hant": "都會區主席", "en": "President of the Metropolitan Area"},
                 "languages": ["fr", "en"], "needsInterpretation": true,
                 "arrivesOn": "2016-03-22", "departsOn": "2016-03-25",
                 "email": "%s", "phone": "+33 4 76 00 00 00", "preferredLanguage": "en", "version": %s}
                """.formatted(email, version);
    }
}
