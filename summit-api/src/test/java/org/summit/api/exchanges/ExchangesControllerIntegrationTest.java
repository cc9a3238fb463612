package org.summit.api.exchanges;

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
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.agenda.SummitCreated;
import org.summit.exchanges.ExchangesProgramme;
import org.summit.exchanges.ExchangesService;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

/**
 * Delegates and organisers working with exchanges over HTTP, as the UI does: Orlando asks Eindhoven, Eindhoven
 * accepts, an organiser places it and exports the outcomes; every refusal is a problem and stores nothing.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangesControllerIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime BLOCK_START = LocalDateTime.of(2016, 3, 24, 14, 0);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    ExchangesProgramme programme;

    @Inject
    ExchangesService exchanges;

    @Inject
    Outbox outbox;

    @Inject
    JsonMapper json;

    @Inject
    TransactionOperations<Connection> database;

    private String orlando;
    private String eindhoven;
    private String taoyuan;
    private Delegate mayor;
    private Delegate deputy;
    private Delegate alderman;
    private LoggedIn orlandoDelegate;
    private LoggedIn eindhovenDelegate;
    private LoggedIn taoyuanDelegate;
    private LoggedIn organiser;
    private UUID summit;
    private UUID block;

    @BeforeAll
    void threeCitiesTheirDelegatesAndAnExchangeBlock() {
        orlando = city("奧蘭多", "Orlando");
        eindhoven = city("恩荷芬", "Eindhoven");
        taoyuan = city("桃園市", "Taoyuan City");
        mayor = delegate(orlando, "Buddy Dyer");
        deputy = delegate(orlando, "Jim Gray");
        alderman = delegate(eindhoven, "Mary-Ann Schreurs");
        delegate(taoyuan, "Cheng Wen-tsan");
        orlandoDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, orlando);
        eindhovenDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, eindhoven);
        taoyuanDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, taoyuan);
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        summit = UUID.randomUUID();
        block = UUID.randomUUID();
        database.executeWrite(status -> {
            outbox.append(new SummitCreated(
                    summit.toString(),
                    LocalizedText.of("智慧城市高峰會", "Smart City Summit"),
                    LocalizedText.of("臺北", "Taipei"),
                    LocalDate.of(2016, 3, 23),
                    LocalDate.of(2016, 3, 24),
                    "Asia/Taipei"));
            return outbox.append(new SessionScheduled(
                    summit.toString(),
                    block.toString(),
                    LocalizedText.of("城市交流", "City exchanges"),
                    null,
                    "EXCHANGE_BLOCK",
                    "en",
                    null,
                    UUID.randomUUID().toString(),
                    BLOCK_START,
                    BLOCK_START.plusHours(2),
                    List.of(),
                    null));
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(programme.block(block)).isPresent();
            assertThat(exchanges.askableCities(new org.summit.exchanges.Actor("x", orlando)))
                    .extracting(city -> city.cityId())
                    .contains(eindhoven, taoyuan);
        });
    }

    @Test
    void orlandoAsksEindhovenWhichAcceptsAndTheOrganiserPlacesItAndExportsTheOutcome() throws IOException {
        List<Map<String, Object>> choices = list(send(orlandoDelegate, HttpRequest.GET("/api/exchanges/cities")));
        assertThat(choices)
                .as("names to choose from, never the own city")
                .anySatisfy(city -> assertThat(city)
                        .containsEntry("id", eindhoven)
                        .containsEntry("name", Map.of("zh-Hant", "恩荷芬", "en", "Eindhoven")))
                .noneSatisfy(city -> assertThat(city).containsEntry("id", orlando));
        assertThat(list(send(orlandoDelegate, HttpRequest.GET("/api/exchanges/members"))))
                .extracting(member -> member.get("id"))
                .containsExactlyInAnyOrder(mayor.id().toString(), deputy.id().toString());

        HttpResponse<String> asked = send(orlandoDelegate, HttpRequest.POST("/api/exchanges", request(eindhoven)));
        assertThat(asked.code()).as(asked.body()).isEqualTo(201);
        String id = (String) body(asked).get("id");

        Map<String, Object> seen = list(send(eindhovenDelegate, HttpRequest.GET("/api/exchanges/mine"))).stream()
                .filter(exchange -> id.equals(exchange.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(seen).containsEntry("status", "requested");
        assertThat((List<Map<String, Object>>) seen.get("cities"))
                .extracting(city -> city.get("cityId"), city -> city.get("answer"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(orlando, "accepted"),
                        org.assertj.core.groups.Tuple.tuple(eindhoven, "pending"));

        assertProblem(
                send(
                        taoyuanDelegate,
                        HttpRequest.POST(
                                "/api/exchanges/" + id + "/acceptance",
                                Map.of("memberIds", List.of(alderman.id().toString())))),
                403,
                "exchange.not-invited");
        assertProblem(send(taoyuanDelegate, HttpRequest.GET("/api/exchanges/" + id)), 404, "exchange.not-found");

        HttpResponse<String> accepted = send(
                eindhovenDelegate,
                HttpRequest.POST(
                        "/api/exchanges/" + id + "/acceptance",
                        Map.of("memberIds", List.of(alderman.id().toString()))));
        assertThat(accepted.code()).as(accepted.body()).isEqualTo(200);
        assertThat(body(accepted)).containsEntry("status", "agreed");

        Map<String, Object> configured = body(send(
                organiser,
                HttpRequest.PUT(
                        "/api/exchange-blocks/" + block,
                        Map.of(
                                "meetingMinutes",
                                45,
                                "tables",
                                List.of(Map.of(
                                        "name",
                                        Map.of("zh-Hant", "一號桌", "en", "Table 1"),
                                        "capacity",
                                        6,
                                        "interpretation",
                                        true))))));
        assertThat((List<?>) configured.get("slots")).hasSize(2);
        String tableId = (String)
                ((List<Map<String, Object>>) configured.get("tables")).get(0).get("id");
        HttpResponse<String> placed = send(
                organiser,
                HttpRequest.PUT(
                        "/api/exchanges/" + id + "/placement",
                        Map.of(
                                "blockId",
                                block.toString(),
                                "tableId",
                                tableId,
                                "startsAt",
                                BLOCK_START.plusMinutes(45).toString(),
                                "pinned",
                                true)));
        assertThat(placed.code()).as(placed.body()).isEqualTo(200);
        assertThat((Map<String, Object>) body(placed).get("placement"))
                .containsEntry("endsAt", "2016-03-24T15:30:00")
                .containsEntry("place", Map.of("zh-Hant", "城市交流・一號桌", "en", "City exchanges · Table 1"));

        HttpResponse<String> outcome = send(
                orlandoDelegate,
                HttpRequest.PUT(
                        "/api/exchanges/" + id + "/outcomes/mine",
                        Map.of(
                                "summary",
                                "雙方同意分享開放資料 API。We agreed to share open-data APIs.",
                                "actions",
                                List.of(Map.of(
                                        "action",
                                        "Send the API documentation",
                                        "owner",
                                        "IT office",
                                        "due",
                                        "2016-04-30")),
                                "mouIntended",
                                true)));
        assertThat(outcome.code()).as(outcome.body()).isEqualTo(200);
        assertThat(body(send(eindhovenDelegate, HttpRequest.GET("/api/exchanges/" + id)))
                        .get("outcomes"))
                .as("both cities see it")
                .asList()
                .hasSize(1);

        HttpResponse<byte[]> csv = bytes(organiser, HttpRequest.GET("/api/exchanges/outcomes.csv"));
        assertThat(csv.getContentType().orElseThrow().toString()).startsWith("text/csv");
        byte[] file = csv.body();
        assertThat(new byte[] {file[0], file[1], file[2]})
                .as("UTF-8 byte-order mark")
                .containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8))
                .contains("雙方同意分享開放資料", "Send the API documentation — IT office (2016-04-30)", "恩荷芬");
        HttpResponse<byte[]> pdf = bytes(organiser, HttpRequest.GET("/api/exchanges/outcomes.pdf"));
        assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void everyBadRequestIsAProblemAndStoresNothing() throws IOException {
        String withdrawn = city("皮塞克", "Písek");
        cities.withdraw(new CityCode(withdrawn));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(exchanges.askableCities(new org.summit.exchanges.Actor("x", orlando)))
                        .extracting(city -> city.cityId())
                        .doesNotContain(withdrawn));
        String open = (String) body(send(orlandoDelegate, HttpRequest.POST("/api/exchanges", request(taoyuan))))
                .get("id");

        assertRefusedStoringNothing(
                orlandoDelegate, HttpRequest.POST("/api/exchanges", request(orlando)), 400, "exchange.city.own");
        assertRefusedStoringNothing(
                orlandoDelegate,
                HttpRequest.POST("/api/exchanges", request(withdrawn)),
                400,
                "exchange.city.withdrawn");
        assertRefusedStoringNothing(
                orlandoDelegate, HttpRequest.POST("/api/exchanges", request("atlantis")), 400, "exchange.city.unknown");
        assertRefusedStoringNothing(
                orlandoDelegate, HttpRequest.POST("/api/exchanges", request(taoyuan)), 409, "exchange.duplicate");
        Map<String, Object> notOurs = request(eindhoven);
        notOurs.put("memberIds", List.of(alderman.id().toString()));
        assertRefusedStoringNothing(
                orlandoDelegate, HttpRequest.POST("/api/exchanges", notOurs), 400, "exchange.member.not-of-city");
        Map<String, Object> late = request(eindhoven);
        late.put(
                "preferredTimes",
                List.of(Map.of(
                        "startsAt",
                        BLOCK_START.plusHours(3).toString(),
                        "endsAt",
                        BLOCK_START.plusHours(4).toString())));
        assertRefusedStoringNothing(
                orlandoDelegate, HttpRequest.POST("/api/exchanges", late), 400, "exchange.time.outside-blocks");
        assertRefusedStoringNothing(
                organiser,
                HttpRequest.PUT(
                        "/api/exchanges/" + open + "/placement",
                        Map.of(
                                "blockId",
                                block.toString(),
                                "tableId",
                                UUID.randomUUID().toString(),
                                "startsAt",
                                BLOCK_START.toString(),
                                "pinned",
                                false)),
                409,
                "exchange.not-agreed");
        assertRefusedStoringNothing(
                eindhovenDelegate,
                HttpRequest.POST("/api/exchanges/" + open + "/decline", Map.of("reason", "Not ours to answer")),
                403,
                "exchange.not-invited");
        assertRefusedStoringNothing(
                eindhovenDelegate,
                HttpRequest.PUT(
                        "/api/exchanges/" + open + "/outcomes/mine",
                        Map.of("summary", "We were not there", "mouIntended", false)),
                403,
                "exchange.not-a-party");
        send(
                taoyuanDelegate,
                HttpRequest.POST(
                        "/api/exchanges/" + open + "/decline", Map.of("reason", "Our mayor is not available")));
        assertRefusedStoringNothing(
                taoyuanDelegate,
                HttpRequest.POST("/api/exchanges/" + open + "/acceptance", Map.of("memberIds", List.of())),
                409,
                "exchange.closed");
        assertRefusedStoringNothing(
                organiser,
                HttpRequest.PUT("/api/exchange-blocks/" + block, Map.of("meetingMinutes", 5, "tables", List.of())),
                400,
                "exchange.block.meeting-length");
    }

    private void assertRefusedStoringNothing(LoggedIn who, MutableHttpRequest<?> request, int status, String code)
            throws IOException {
        long written = outbox.written();
        int count = exchanges.all().size();
        List<Long> versions =
                exchanges.all().stream().map(exchange -> exchange.version()).toList();

        assertProblem(send(who, request), status, code);

        assertThat(outbox.written()).as("no event written").isEqualTo(written);
        assertThat(exchanges.all()).as("no exchange stored").hasSize(count);
        assertThat(exchanges.all().stream().map(exchange -> exchange.version()).toList())
                .as("no exchange changed")
                .isEqualTo(versions);
    }

    private Map<String, Object> request(String invited) {
        Map<String, Object> request = new HashMap<>();
        request.put("invitedCityIds", List.of(invited));
        request.put("theme", "SMART_PUBLIC_SERVICES");
        request.put("note", Map.of("zh-Hant", "希望交流智慧公共服務經驗", "en", "We would like to compare smart public services"));
        request.put("memberIds", List.of(mayor.id().toString()));
        request.put(
                "preferredTimes",
                List.of(Map.of(
                        "startsAt",
                        BLOCK_START.toString(),
                        "endsAt",
                        BLOCK_START.plusHours(1).toString())));
        request.put("interpretation", true);
        return request;
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

    private HttpResponse<byte[]> bytes(LoggedIn who, MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(who.send(request), byte[].class);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.code())
                .as(response.getBody(String.class).orElse(""))
                .isEqualTo(status);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map<String, Object> problem = body(response);
        List<Object> codes = new ArrayList<>();
        codes.add(problem.get("code"));
        ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of()))
                .forEach(error -> codes.add(error.get("code")));
        assertThat(codes).as(problem.toString()).contains(code);
    }

    private Map<String, Object> body(HttpResponse<?> response) throws IOException {
        return json.readValue(response.getBody(String.class).orElseThrow(), Map.class);
    }

    private List<Map<String, Object>> list(HttpResponse<String> response) throws IOException {
        assertThat(response.code()).as(response.body()).isEqualTo(200);
        return (List) json.readValue(response.body(), Argument.listOf(Map.class));
    }

    private String city(String zhHant, String en) {
        String code = "xc-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of(zhHant, en), CityKind.CITY, CityRole.GUEST, "US", "America/New_York", null));
        return code;
    }

    private Delegate delegate(String cityId, String name) {
        return cities.addDelegate(
                new CityCode(cityId),
                new DelegateProfile(
                        LocalizedText.of(name, name),
                        LocalizedText.of("代表", "Delegate"),
                        List.of("en"),
                        false,
                        null,
                        null,
                        UUID.randomUUID().toString().substring(0, 8) + "@" + cityId + ".example",
                        null,
                        "en"));
    }
}
