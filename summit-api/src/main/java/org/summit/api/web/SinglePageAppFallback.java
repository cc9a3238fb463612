package org.summit.api.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URL;
import java.util.Map;
import java.util.Optional;

/**
 * Unknown paths: a browser asking for a page of the single-page app (for example {@code /organiser} after a
 * reload) gets its {@code index.html} and the app's router shows the page; anything else, and every unknown
 * {@code /api} path, gets a 404 problem.
 */
@Controller
@Hidden
class SinglePageAppFallback {

    private final Optional<URL> indexHtml;

    SinglePageAppFallback(ResourceResolver resources) {
        this.indexHtml = resources.getResource("classpath:public/index.html");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean wantsPage = request.getMethodName().equals("GET")
                && !path.startsWith("/api/")
                && !path.equals("/api")
                && request.accept().stream().anyMatch(type -> type.equals(MediaType.TEXT_HTML_TYPE));
        if (wantsPage && indexHtml.isPresent()) {
            return HttpResponse.ok(new StreamedFile(indexHtml.get())).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return Problem.of(ProblemKind.NOT_FOUND, WebProblem.NOT_FOUND, Map.of("path", path));
    }
}
