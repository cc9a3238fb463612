package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/** The headers every answer carries, by kind of answer, with no setting changed (nothing may frame Summit). */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersIntegrationTest implements KafkaTestSupport {

    private static final String CITY = "headers-city";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Inject
    ResourceResolver resources;

    private LoggedIn delegate;

    @BeforeAll
    void aDelegate() {
        cities.register(
                new CityCode(CITY),
                new CityDetails(
                        LocalizedText.of("測試城市", "Test city"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "NL",
                        "Europe/Amsterdam",
                        null));
        delegate = LoggedIn.as(accounts, http, Role.DELEGATE, CITY);
    }

    @Test
    void theAppsPagesMayRunOnlyTheirOwnFilesAndNothingMayFrameThem() {
        for (String path : List.of("/", "/organiser", "/screen", "/login", "/index.html")) {
            HttpResponse<String> page = answer(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));

            assertThat(page.code()).as(path).isEqualTo(200);
            assertThat(directives(page))
                    .as("CSP of %s", path)
                    .contains(
                            "default-src 'self'",
                            "script-src 'self'",
                            "img-src 'self' data:",
                            "connect-src 'self'",
                            "object-src 'none'",
                            "base-uri 'none'",
                            "form-action 'self'",
                            "frame-ancestors 'none'");
            // Inline styles: only the e-mail template's style attributes, each by its hash (the mailbox's preview).
            assertThat(directives(page))
                    .as("CSP of %s", path)
                    .filteredOn(directive -> directive.startsWith("style-src "))
                    .singleElement()
                    .satisfies(styles -> assertThat(styles.split(" "))
                            .startsWith("style-src", "'self'", "'unsafe-hashes'")
                            .doesNotContain("'unsafe-inline'")
                            .hasSizeGreaterThan(4)
                            .allSatisfy(source -> assertThat(source)
                                    .matches("style-src|'self'|'unsafe-hashes'|'sha256-[A-Za-z0-9+/]{43}='")));
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertCommonHeaders(page, path);
            assertThat(page.header(HttpHeaders.CACHE_CONTROL))
                    .as("%s is revalidated, so a new release shows at once", path)
                    .isEqualTo("no-cache");
        }
    }

    @Test
    void theBuiltPageHasNoInlineScriptOrStyleForThePolicyToBlock() {
        String html = answer(HttpRequest.GET("/")).body();

        Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("every script is a file").contains("src=\"/assets/");
            assertThat(scripts.group(2)).as("and has no inline code").isBlank();
        }
        assertThat(count).isPositive();
        assertThat(html).doesNotContain("<style", " style=", "javascript:", " onload=", " onerror=");
    }

    @Test
    void apiAnswersWithPersonalDataAreNeverStored() {
        for (MutableHttpRequest<?> request : List.of(
                delegate.send(HttpRequest.GET("/api/cities/" + CITY)),
                delegate.send(HttpRequest.GET("/api/session")),
                delegate.send(HttpRequest.GET("/api/cities")))) {
            HttpResponse<String> answer = answer(request);

            assertThat(answer.code()).as(request.getPath()).isEqualTo(200);
            assertThat(answer.header(HttpHeaders.CACHE_CONTROL))
                    .as(request.getPath())
                    .isEqualTo("no-store");
            assertThat(directives(answer)).contains("default-src 'none'", "frame-ancestors 'none'");
            assertCommonHeaders(answer, request.getPath());
        }
    }

    @Test
    void refusalsAndErrorsCarryTheHeadersToo() {
        for (MutableHttpRequest<?> request : List.of(
                HttpRequest.GET("/api/accounts"),
                HttpRequest.GET("/api/no-such-thing"),
                HttpRequest.POST("/api/session", "{").contentType(MediaType.APPLICATION_JSON_TYPE))) {
            HttpResponse<String> answer = answer(request);

            assertThat(answer.code()).as(request.getPath()).isBetween(400, 499);
            assertThat(answer.header(HttpHeaders.CACHE_CONTROL))
                    .as(request.getPath())
                    .isEqualTo("no-store");
            assertThat(directives(answer)).as(request.getPath()).contains("default-src 'none'");
            assertCommonHeaders(answer, request.getPath());
        }
    }

    @Test
    void healthIsNeverStoredAndThePublicSummitIsRevalidated() {
        assertThat(answer(HttpRequest.GET("/health")).header(HttpHeaders.CACHE_CONTROL))
                .isEqualTo("no-store");
        HttpResponse<String> summits = answer(HttpRequest.GET("/api/summits"));
        assertThat(summits.code()).isEqualTo(200);
        assertThat(summits.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertCommonHeaders(summits, "/api/summits");
    }

    @Test
    void swaggerUiRunsExactlyItsOwnInlineScript() throws Exception {
        HttpResponse<String> page = answer(HttpRequest.GET("/swagger-ui/index.html"));

        assertThat(page.code()).isEqualTo(200);
        Matcher script =
                Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(directives(page))
                .contains("script-src 'self' 'sha256-" + hash + "'", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(directives(page))
                .filteredOn(directive -> directive.startsWith("script-src"))
                .singleElement()
                .asString()
                .doesNotContain("unsafe");
        assertCommonHeaders(page, "/swagger-ui/index.html");
        assertThat(answer(HttpRequest.GET("/swagger/summit-api.yml")).header(SecurityHeaders.CSP))
                .startsWith("default-src 'none'");
    }

    @Test
    void aFrameAncestorsSettingThatWouldInjectDirectivesIsRefusedAtStart() {
        for (String setting : List.of(
                "https://venue.example; script-src *", "https://venue.example,'unsafe-inline'", "'none' https://x")) {
            assertThatThrownBy(() -> new SecurityHeaders(setting, resources))
                    .as(setting)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("SUMMIT_FRAME_ANCESTORS");
        }
    }

    private static void assertCommonHeaders(HttpResponse<?> answer, String what) {
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    }

    private static List<String> directives(HttpResponse<?> answer) {
        String policy = answer.header(SecurityHeaders.CSP);
        assertThat(policy).as("Content-Security-Policy").isNotNull();
        return Pattern.compile(";\\s*").splitAsStream(policy).toList();
    }

    private HttpResponse<String> answer(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) refused.getResponse();
            return response;
        }
    }
}
