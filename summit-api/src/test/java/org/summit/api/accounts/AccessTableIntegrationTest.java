package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.StreamingHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;
import reactor.core.publisher.Flux;

/**
 * Deny by default, checked route by route: every route of the application is in the table below with the roles
 * that may use it, declares its rule with {@code @Secured}, and answers every other role (and anonymous) with
 * 401 or 403. A new route that is not in the table fails this test, and so the build.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableIntegrationTest implements KafkaTestSupport {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, "organiser", "delegate", "staff", "tablet", "screen");
    private static final Set<String> PEOPLE = Set.of("organiser", "delegate", "staff");
    private static final Set<String> ORGANISER = Set.of("organiser");
    private static final Set<String> DELEGATE = Set.of("delegate");
    private static final Set<String> STAFF = Set.of("staff");
    private static final Set<String> DEVICES = Set.of("tablet", "screen");

    /** Who may use what: the access rules of Summit, written down once. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("GET /api/summits", EVERYONE),
            Map.entry("GET /api/summits/current", EVERYONE),
            Map.entry("GET /api/summits/{id}", EVERYONE),
            Map.entry("POST /api/summits", ORGANISER),
            Map.entry("PUT /api/summits/{id}", ORGANISER),
            Map.entry("GET /api/summits/{summitId}/agenda", EVERYONE),
            Map.entry("GET /api/summits/{summitId}/agenda/schedule.xml", EVERYONE),
            Map.entry("GET /api/summits/{summitId}/agenda/schedule.json", EVERYONE),
            Map.entry("GET /api/summits/{summitId}/agenda/live", EVERYONE),
            Map.entry("GET /api/agenda/{summitId}/rooms", ORGANISER),
            Map.entry("POST /api/agenda/{summitId}/rooms", ORGANISER),
            Map.entry("PUT /api/agenda/{summitId}/rooms/{roomId}", ORGANISER),
            Map.entry("GET /api/agenda/{summitId}/tracks", ORGANISER),
            Map.entry("POST /api/agenda/{summitId}/tracks", ORGANISER),
            Map.entry("PUT /api/agenda/{summitId}/tracks/{trackId}", ORGANISER),
            Map.entry("GET /api/agenda/{summitId}/draft", ORGANISER),
            Map.entry("GET /api/agenda/{summitId}/conflicts", ORGANISER),
            Map.entry("GET /api/agenda/{summitId}/people", ORGANISER),
            Map.entry("POST /api/agenda/{summitId}/sessions", ORGANISER),
            Map.entry("PUT /api/agenda/{summitId}/sessions/{sessionId}", ORGANISER),
            Map.entry("POST /api/agenda/{summitId}/sessions/{sessionId}/move", ORGANISER),
            Map.entry("DELETE /api/agenda/{summitId}/sessions/{sessionId}", ORGANISER),
            Map.entry("POST /api/agenda/{summitId}/releases", ORGANISER),
            Map.entry("GET /api/agenda/{summitId}/bookmarks", DELEGATE),
            Map.entry("PUT /api/agenda/{summitId}/bookmarks/{sessionId}", DELEGATE),
            Map.entry("DELETE /api/agenda/{summitId}/bookmarks/{sessionId}", DELEGATE),
            Map.entry("GET /api/agenda/{summitId}/mine", DELEGATE),
            Map.entry("GET /api/summits/{summitId}/agenda.ics", EVERYONE),
            Map.entry("GET /api/summits/{summitId}/agenda.pdf", EVERYONE),
            Map.entry("GET /api/feeds/{token}.ics", EVERYONE),
            Map.entry("GET /api/agenda/{summitId}/my-feed", DELEGATE),
            Map.entry("POST /api/agenda/{summitId}/my-feed", DELEGATE),
            Map.entry("DELETE /api/agenda/{summitId}/my-feed", DELEGATE),
            Map.entry("GET /api/session", PEOPLE),
            Map.entry("POST /api/session", EVERYONE),
            Map.entry("DELETE /api/session", PEOPLE),
            Map.entry("POST /api/session/password", PEOPLE),
            Map.entry("GET /api/invitations/{token}", EVERYONE),
            Map.entry("POST /api/invitations/{token}", EVERYONE),
            Map.entry("GET /api/accounts", ORGANISER),
            Map.entry("GET /api/accounts/{id}", PEOPLE),
            Map.entry("PUT /api/accounts/{id}/role", ORGANISER),
            Map.entry("POST /api/accounts/{id}/deactivation", ORGANISER),
            Map.entry("DELETE /api/accounts/{id}/deactivation", ORGANISER),
            Map.entry("POST /api/devices/pairings", STAFF),
            Map.entry("POST /api/devices/pair", EVERYONE),
            Map.entry("GET /api/devices/me", DEVICES),
            Map.entry("GET /api/devices", Set.of("staff", "organiser")),
            Map.entry("DELETE /api/devices/{id}", Set.of("staff", "organiser")),
            Map.entry("POST /api/accounts/invitations", ORGANISER),
            Map.entry("GET /api/audit", ORGANISER),
            Map.entry("GET /api/cities", PEOPLE),
            Map.entry("GET /api/cities/{id}", PEOPLE),
            Map.entry("POST /api/cities", ORGANISER),
            Map.entry("PUT /api/cities/{id}", ORGANISER),
            Map.entry("POST /api/cities/{id}/withdrawal", ORGANISER),
            Map.entry("PUT /api/cities/{id}/head", ORGANISER),
            Map.entry("PUT /api/cities/{id}/signatory", ORGANISER),
            Map.entry("DELETE /api/cities/{id}/signatory", ORGANISER),
            Map.entry("PUT /api/cities/protocol-order", ORGANISER),
            Map.entry("POST /api/cities/{id}/delegates", ORGANISER),
            Map.entry("PUT /api/cities/{id}/delegates/{delegateId}", ORGANISER),
            Map.entry("DELETE /api/cities/{id}/delegates/{delegateId}", ORGANISER),
            Map.entry("POST /api/cities/import", ORGANISER),
            Map.entry("GET /api/cities/import/template", ORGANISER),
            Map.entry("GET /api/delegates/me", DELEGATE),
            Map.entry("GET /api/ceremony/signing-roll", Set.of("organiser", "staff")),
            Map.entry("POST /api/ceremonies", ORGANISER),
            Map.entry("GET /api/ceremonies/current", Set.of("organiser", "staff")),
            Map.entry("GET /api/ceremonies/{id}", Set.of("organiser", "staff", "tablet", "screen")),
            Map.entry("PUT /api/ceremonies/{id}/declaration", ORGANISER),
            Map.entry("POST /api/ceremonies/{id}/preparation", Set.of("organiser", "staff")),
            Map.entry("POST /api/ceremonies/{id}/opening", STAFF),
            Map.entry("POST /api/ceremonies/{id}/calls", STAFF),
            Map.entry("POST /api/ceremonies/{id}/signatories/{signatoryId}/absence", STAFF),
            Map.entry("POST /api/ceremonies/{id}/signatures/mine/confirmation", Set.of("tablet")),
            Map.entry("POST /api/ceremonies/{id}/seal", STAFF),
            Map.entry("GET /api/ceremonies/{id}/console", Set.of("organiser", "staff")),
            Map.entry("GET /api/ceremonies/{id}/record", EVERYONE),
            Map.entry("GET /api/ceremonies/{id}/sealed.pdf", EVERYONE),
            Map.entry("GET /api/ceremonies/{id}/verification", EVERYONE),
            Map.entry("POST /api/ceremonies/verification", EVERYONE),
            // WebSockets: anyone may open one; the first message must carry a paired device's credential.
            Map.entry("GET /ws/ceremonies/{ceremonyId}/tablet", EVERYONE),
            Map.entry("GET /ws/ceremonies/{ceremonyId}/screen", EVERYONE),
            Map.entry("PUT /api/delegates/me", DELEGATE),
            Map.entry("GET /api/exchanges/cities", DELEGATE),
            Map.entry("GET /api/exchanges/members", DELEGATE),
            Map.entry("GET /api/exchanges/mine", DELEGATE),
            Map.entry("GET /api/exchanges", ORGANISER),
            Map.entry("GET /api/exchanges/{id}", Set.of("delegate", "organiser")),
            Map.entry("POST /api/exchanges", DELEGATE),
            Map.entry("POST /api/exchanges/{id}/acceptance", DELEGATE),
            Map.entry("POST /api/exchanges/{id}/decline", DELEGATE),
            Map.entry("POST /api/exchanges/{id}/proposal", DELEGATE),
            Map.entry("POST /api/exchanges/{id}/cancellation", DELEGATE),
            Map.entry("PUT /api/exchanges/{id}/outcomes/mine", DELEGATE),
            Map.entry("PUT /api/exchanges/{id}/placement", ORGANISER),
            Map.entry("DELETE /api/exchanges/{id}/placement/pin", ORGANISER),
            Map.entry("GET /api/exchanges/outcomes.csv", ORGANISER),
            Map.entry("GET /api/exchanges/outcomes.pdf", ORGANISER),
            Map.entry("GET /api/exchange-blocks/summit/{summitId}", ORGANISER),
            Map.entry("GET /api/exchange-blocks/summit/{summitId}/conflicts", ORGANISER),
            Map.entry("PUT /api/exchange-blocks/{blockId}", ORGANISER),
            Map.entry("GET /api/exchanges/times", Set.of("delegate", "organiser")),
            Map.entry("POST /api/exchange-scheduling/summit/{summitId}/runs", ORGANISER),
            Map.entry("GET /api/exchange-scheduling/summit/{summitId}/runs/latest", ORGANISER),
            Map.entry("GET /api/exchange-scheduling/runs/{runId}", ORGANISER),
            Map.entry("POST /api/exchange-scheduling/runs/{runId}/cancellation", ORGANISER),
            Map.entry("GET /api/notifications", PEOPLE),
            Map.entry("POST /api/notifications/{id}/read", PEOPLE),
            Map.entry("POST /api/notifications/read-all", PEOPLE),
            Map.entry("GET /api/notifications/live", PEOPLE),
            Map.entry("GET /api/notifications/preferences", PEOPLE),
            Map.entry("PUT /api/notifications/preferences", PEOPLE),
            Map.entry("GET /api/mailbox", ORGANISER),
            Map.entry("GET /api/mailbox/{id}", ORGANISER),
            Map.entry("POST /api/mailbox/{id}/retry", ORGANISER),
            Map.entry("GET /api/problems", EVERYONE),
            Map.entry("GET /api/problems/{kind}", EVERYONE),
            Map.entry("GET /health", EVERYONE),
            Map.entry("GET /health/{selector}", EVERYONE));

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    @Client("/")
    StreamingHttpClient streaming;

    @Inject
    Router router;

    @Inject
    AccountService accounts;

    @Inject
    SummitService summits;

    @Inject
    CitiesService cities;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    private Map<String, UnaryOperator<MutableHttpRequest<Object>>> callers;

    @BeforeAll
    void logInOnePerRoleAndPairOneDeviceOfEachKind() {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        TestCeremony ceremony = TestCeremony.ready(summits, cities, roll, ceremonies);
        PairedDevice tablet = PairedDevice.pair(http, staff, "tablet", ceremony);
        PairedDevice screen = PairedDevice.pair(http, staff, "screen", ceremony);
        callers = Map.of(
                "organiser", LoggedIn.as(accounts, http, Role.ORGANISER, null)::send,
                "delegate", LoggedIn.as(accounts, http, Role.DELEGATE, "orlando")::send,
                "staff", staff::send,
                "tablet", tablet::send,
                "screen", screen::send);
    }

    @Test
    void everyRouteIsInTheAccessTableAndDeclaresItsRule() {
        Set<String> routes = routes().stream().map(Route::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(ALLOWED.keySet()).as("routes in the access table").containsExactlyInAnyOrderElementsOf(routes);
        for (Route route : routes()) {
            if (!route.name().startsWith("GET /health")) {
                assertThat(route.info().getTargetMethod().hasAnnotation(Secured.class))
                        .as(route.name() + " declares @Secured")
                        .isTrue();
            }
        }
    }

    @Test
    void everyRoleGetsExactlyTheRoutesTheTableGivesIt() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            for (String role : EVERYONE) {
                int status = call(route, role);
                boolean allowed = ALLOWED.get(route.name()).contains(role);
                boolean refused = status == 401 || status == 403;
                if (status >= 500) {
                    // A failure says nothing about access, and a 5xx for any request is a bug.
                    wrong.add(role + " " + route.name() + " -> " + status + " (a server failure)");
                } else if (allowed == refused) {
                    wrong.add(role + " " + route.name() + " -> " + status);
                } else if (!allowed && role.equals(ANONYMOUS) && status != 401) {
                    wrong.add(role + " " + route.name() + " -> " + status + " instead of 401");
                } else if (!allowed && !role.equals(ANONYMOUS) && status != 403) {
                    wrong.add(role + " " + route.name() + " -> " + status + " instead of 403");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int call(Route route, String role) {
        String path = route.path()
                .replace("{id}", "7d444840-9dc0-11d1-b245-5ffdce74fad2")
                .replace("{delegateId}", "7d444840-9dc0-11d1-b245-5ffdce74fad3")
                .replace("{summitId}", "7d444840-9dc0-11d1-b245-5ffdce74fad4")
                .replace("{ceremonyId}", "7d444840-9dc0-11d1-b245-5ffdce74fad9")
                .replace("{roomId}", "7d444840-9dc0-11d1-b245-5ffdce74fad5")
                .replace("{trackId}", "7d444840-9dc0-11d1-b245-5ffdce74fad6")
                .replace("{sessionId}", "7d444840-9dc0-11d1-b245-5ffdce74fad7")
                .replace("{signatoryId}", "7d444840-9dc0-11d1-b245-5ffdce74fad8")
                .replace("{blockId}", "7d444840-9dc0-11d1-b245-5ffdce74fada")
                .replace("{runId}", "7d444840-9dc0-11d1-b245-5ffdce74fadb")
                .replace("{token}", "no-such-token")
                .replace("{selector}", "liveness")
                .replace("{kind}", "conflict");
        MutableHttpRequest<Object> request = HttpRequest.create(route.method(), path);
        if (route.method() != HttpMethod.GET && route.method() != HttpMethod.DELETE) {
            // A body of the type the route takes, so that the answer is about access and not about the body's type.
            Object body = route.info().getConsumes().contains(MediaType.APPLICATION_JSON_TYPE) ? Map.of() : "city\r\n";
            request = request.body(body).contentType(route.info().getConsumes().get(0));
        }
        if (!role.equals(ANONYMOUS)) {
            // Logging out ends the session it is sent with: that check gets a session of its own.
            UnaryOperator<MutableHttpRequest<Object>> caller =
                    route.name().equals("DELETE /api/session") && PEOPLE.contains(role)
                            ? LoggedIn.as(accounts, http, Role.fromCode(role).orElseThrow(), "orlando")::send
                            : callers.get(role);
            request = caller.apply(request);
        }
        try {
            if (route.info().getProduces().contains(MediaType.TEXT_EVENT_STREAM_TYPE)) {
                // A stream the caller may follow never ends: its answer's status is all this test needs.
                HttpResponse<?> first = Flux.from(streaming.exchangeStream(request.accept(MediaType.TEXT_EVENT_STREAM)))
                        .blockFirst(Duration.ofSeconds(30));
                return first == null ? 0 : first.code();
            }
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private record Route(String name, HttpMethod method, String path, UriRouteInfo<?, ?> info) {}

    private List<Route> routes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> {
                    String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{([^}:?]+)[^}]*}", "{$1}");
                    return new Route(route.getHttpMethodName() + " " + path, route.getHttpMethod(), path, route);
                })
                .toList();
    }
}
