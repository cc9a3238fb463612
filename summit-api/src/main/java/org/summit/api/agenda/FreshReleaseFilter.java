package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code GET /api/summits/{summitId}/agenda} on the event loop, from memory, while this instance's rendering
 * of the latest release is fresh ({@link PublishedReleases#fresh}): as the UI's own files are served, before the
 * security filter (the programme is public, and looking for a session on each request is wasted work) and without a
 * thread hop or a database lookup. Anything else goes on to {@link PublishedAgendaController}.
 */
@ServerFilter("/api/summits/*/agenda")
final class FreshReleaseFilter implements Ordered {

    private static final Pattern PATH = Pattern.compile("/api/summits/([0-9a-fA-F-]{36})/agenda");

    private final PublishedReleases releases;

    FreshReleaseFilter(PublishedReleases releases) {
        this.releases = releases;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serve(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET) {
            return null;
        }
        Matcher path = PATH.matcher(request.getPath());
        if (!path.matches()) {
            return null;
        }
        UUID summitId;
        try {
            summitId = UUID.fromString(path.group(1));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
        return releases.fresh(summitId)
                .map(fresh -> PublishedReleases.answer(fresh, request))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        // Where the UI's files are served: after the host check and the headers every answer gets, before security.
        return ServerFilterPhase.FIRST.after();
    }
}
