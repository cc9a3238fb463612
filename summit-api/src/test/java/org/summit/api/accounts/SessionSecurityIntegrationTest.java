package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionSecurityIntegrationTest implements KafkaTestSupport {

    private static final String SUMMIT = """
            {"name": {"zh-Hant": "高峰會", "en": "Summit"}, "venue": {"zh-Hant": "臺北", "en": "Taipei"},
             "startsOn": "2016-03-23", "endsOn": "2016-03-24", "timeZone": "Asia/Taipei"}
            """;

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
    RefusedAttemptsAudit refusals;

    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String email = "cookie@test.summit";
        accounts.createActive(email, "Cookie", Role.STAFF, null, LoggedIn.PASSWORD);

        HttpResponse<String> response = http.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/session", Map.of("email", email, "password", LoggedIn.PASSWORD)),
                        String.class);

        String setCookie = response.getHeaders().get("Set-Cookie");
        assertThat(setCookie)
                .startsWith(SessionTokens.COOKIE + "=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void aValidSessionTokenIsAccepted() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);

        assertThat(status(withToken(HttpRequest.GET("/api/session"), staff.sessionToken())))
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        JWTClaimsSet claims = SignedJWT.parse(staff.sessionToken()).getJWTClaimsSet();

        String forged = sign(claims, JWSAlgorithm.HS256, "another-secret-of-at-least-thirty-two-bytes!!");

        assertThat(status(withToken(HttpRequest.GET("/api/session"), forged))).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRejected() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        JWTClaimsSet claims = new JWTClaimsSet.Builder(
                        SignedJWT.parse(staff.sessionToken()).getJWTClaimsSet())
                .claim("roles", List.of("organiser"))
                .build();

        String unsigned = new PlainJWT(claims).serialize();

        assertThat(status(withToken(HttpRequest.GET("/api/session"), unsigned))).isEqualTo(401);
        assertThat(status(withToken(HttpRequest.GET("/api/accounts"), unsigned)))
                .isEqualTo(401);
    }

    @Test
    void anotherAlgorithmWithTheRightKeyIsRejected() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        JWTClaimsSet claims = SignedJWT.parse(staff.sessionToken()).getJWTClaimsSet();

        String hs512 = sign(claims, JWSAlgorithm.HS512, secret + secret);

        assertThat(status(withToken(HttpRequest.GET("/api/session"), hs512))).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        JWTClaimsSet expired = new JWTClaimsSet.Builder(
                        SignedJWT.parse(staff.sessionToken()).getJWTClaimsSet())
                .expirationTime(Date.from(Instant.now().minusSeconds(60)))
                .build();

        assertThat(status(withToken(HttpRequest.GET("/api/session"), sign(expired, JWSAlgorithm.HS256, secret))))
                .isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRejected() throws Exception {
        LoggedIn staff = LoggedIn.as(accounts, http, Role.STAFF, null);
        JWTClaimsSet otherAudience = new JWTClaimsSet.Builder(
                        SignedJWT.parse(staff.sessionToken()).getJWTClaimsSet())
                .audience("another-service")
                .build();

        assertThat(status(withToken(HttpRequest.GET("/api/session"), sign(otherAudience, JWSAlgorithm.HS256, secret))))
                .isEqualTo(401);
    }

    @Test
    void aCookieAuthenticatedChangeWithoutTheCsrfTokenIsRejected() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        assertThat(status(organiser.sendWithoutCsrfToken(HttpRequest.POST("/api/summits", SUMMIT))))
                .isEqualTo(403);
        assertThat(status(organiser
                        .sendWithoutCsrfToken(HttpRequest.POST("/api/summits", SUMMIT))
                        .header(SessionTokens.CSRF_HEADER, "guessed")))
                .isEqualTo(403);
        assertThat(status(organiser.send(HttpRequest.POST("/api/summits", SUMMIT))))
                .isEqualTo(201);
    }

    @Test
    void afterLogoutTheSameTokenIsRefused() {
        LoggedIn delegate = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");

        assertThat(status(delegate.send(HttpRequest.DELETE("/api/session")))).isEqualTo(204);

        assertThat(status(delegate.send(HttpRequest.GET("/api/session")))).isEqualTo(401);
    }

    @Test
    void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
        String email = "known@test.summit";
        accounts.createActive(email, "Known", Role.DELEGATE, "orlando", LoggedIn.PASSWORD);

        HttpClientResponseException unknown = refusedLogin("nobody@test.summit", LoggedIn.PASSWORD);
        HttpClientResponseException wrong = refusedLogin(email, "not the password at all");

        assertThat(unknown.getStatus().getCode()).isEqualTo(401);
        assertThat(wrong.getStatus().getCode()).isEqualTo(401);
        assertThat(unknown.getResponse().getBody(String.class))
                .isEqualTo(wrong.getResponse().getBody(String.class));
    }

    @Test
    void tenWrongPasswordsThrottleTheAccountEvenForTheRightPassword() {
        String email = "throttled@test.summit";
        accounts.createActive(email, "Throttled", Role.DELEGATE, "orlando", LoggedIn.PASSWORD);
        for (int attempt = 1; attempt <= LoginThrottle.PER_ACCOUNT; attempt++) {
            assertThat(refusedLogin(email, "wrong password " + attempt)
                            .getStatus()
                            .getCode())
                    .isEqualTo(401);
        }

        HttpClientResponseException eleventh = refusedLogin(email, LoggedIn.PASSWORD);

        assertThat(eleventh.getStatus().getCode()).isEqualTo(429);
        assertThat(Long.parseLong(eleventh.getResponse().getHeaders().get("Retry-After")))
                .isPositive();
        refusals.writeWindowsClosedBy(Instant.now().plus(RefusedAttemptsAudit.WINDOW));
        assertThat(audit.latest(AuditAction.LOGIN_THROTTLED, 10))
                .anySatisfy(entry -> assertThat(entry.subject()).isEqualTo(email));
    }

    @Test
    void anInvitationSetsThePasswordOnceAndLogsIn() {
        TestCities.register(cities, "eindhoven");
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        Map<String, Object> issued = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.POST(
                                "/api/accounts/invitations",
                                Map.of(
                                        "email", "mayor@eindhoven.test",
                                        "displayName", "Mayor of Eindhoven",
                                        "role", "delegate",
                                        "cityId", "eindhoven"))),
                        Map.class);
        String token = ((String) issued.get("invitationLink")).substring("/invitation/".length());

        Map<String, Object> invited = http.toBlocking().retrieve("/api/invitations/" + token, Map.class);
        assertThat(invited).containsEntry("email", "mayor@eindhoven.test").containsEntry("role", "delegate");
        assertThat(status(HttpRequest.POST("/api/invitations/" + token, Map.of("password", "short"))))
                .isEqualTo(400);
        assertThat(status(HttpRequest.POST("/api/invitations/" + token, Map.of("password", LoggedIn.PASSWORD))))
                .isEqualTo(200);
        assertThat(status(HttpRequest.POST("/api/invitations/" + token, Map.of("password", LoggedIn.PASSWORD))))
                .as("single use")
                .isEqualTo(410);

        LoggedIn mayor = LoggedIn.login(http, "mayor@eindhoven.test", LoggedIn.PASSWORD);
        assertThat(status(mayor.send(HttpRequest.GET("/api/session")))).isEqualTo(200);
        assertThat(audit.latest(AuditAction.INVITATION_ACCEPTED, 10))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo("mayor@eindhoven.test"));
    }

    @Test
    void organisersSeeTheAuditLogOfLogins() {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        List<Map> entries = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.GET("/api/audit")),
                        io.micronaut.core.type.Argument.listOf(Map.class));

        assertThat(entries)
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry("action", "LOGIN_SUCCEEDED")
                        .containsEntry("actor", organiser.email()));
    }

    private HttpClientResponseException refusedLogin(String email, String password) {
        try {
            http.toBlocking().exchange(HttpRequest.POST("/api/session", Map.of("email", email, "password", password)));
            throw new AssertionError("The login of " + email + " was accepted");
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static MutableHttpRequest<?> withToken(MutableHttpRequest<?> request, String token) {
        return request.cookie(Cookie.of(SessionTokens.COOKIE, token));
    }

    private static String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, String key)
            throws JOSEException, ParseException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
