package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.shared.kafka.KafkaTestSupport;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document the application serves describes every route the application has. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Test
    void theServedDocumentListsEveryRouteOfTheApplication() {
        Map<String, Object> document = new Yaml().load(http.toBlocking().retrieve("/swagger/summit-api.yml"));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) ->
                operations.keySet().forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));

        Set<String> routes = new TreeSet<>();
        // HEAD is answered for every GET route by the framework, as HTTP requires; it needs no entry of its own.
        // The WebSockets of the tablets and screens are no HTTP operations (OpenAPI cannot describe them): the README
        // documents their protocol, the AsyncAPI document the events behind them.
        router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD"))
                .filter(route -> !route.getUriMatchTemplate().toPathString().startsWith("/ws/"))
                .map(OpenApiIntegrationTest::describe)
                .forEach(routes::add);

        assertThat(routes)
                .isNotEmpty()
                .contains("GET /api/summits", "POST /api/summits", "PUT /api/summits/{id}", "GET /health");
        assertThat(documented).containsAll(routes);
    }

    @Test
    void everyOperationDescribesItsErrorsAsProblems() {
        String document = http.toBlocking().retrieve("/swagger/summit-api.yml");

        assertThat(document).contains("application/problem+json").contains("Problem:");
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toPathString();
        return route.getHttpMethodName() + " " + template.replaceAll("\\{([^}:?]+)[^}]*}", "{$1}");
    }
}
