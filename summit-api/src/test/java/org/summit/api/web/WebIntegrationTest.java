package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.shared.kafka.KafkaTestSupport;

@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void servesTheSinglePageAppAtTheRoot() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType()).map(MediaType::getName).hasValue("text/html");
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void aPageOfTheAppLoadedDirectlyGetsTheAppSoItsRouterCanShowIt() {
        HttpResponse<String> page = http.toBlocking()
                .exchange(HttpRequest.GET("/organiser").accept(MediaType.TEXT_HTML_TYPE), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void anUnknownApiPathIsANotFoundProblemEvenForABrowser() {
        HttpClientResponseException refused = refused(HttpRequest.GET("/api/no-such-thing")
                .accept(MediaType.TEXT_HTML_TYPE, MediaType.APPLICATION_JSON_TYPE));

        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(refused.getResponse().getContentType())
                .map(MediaType::toString)
                .hasValue("application/problem+json");
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        HttpClientResponseException refused =
                refused(HttpRequest.POST("/api/summits", "name=Summit").contentType(MediaType.TEXT_PLAIN_TYPE));

        assertThat(refused.getStatus().getCode()).isEqualTo(415);
        assertThat(refused.getResponse().getContentType())
                .map(MediaType::toString)
                .hasValue("application/problem+json");
    }

    @Test
    void reportsItsHealth() {
        String health = http.toBlocking().retrieve("/health");

        assertThat(health).contains("\"status\":\"UP\"");
    }

    @Test
    void servesSwaggerUiForTheOpenApiDocument() {
        String page = http.toBlocking().retrieve("/swagger-ui/index.html");

        assertThat(page).contains("summit-api.yml");
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            throw new AssertionError("Expected a refusal, got " + response.status());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }
}
