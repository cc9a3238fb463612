package org.summit.api.agenda;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.LiveReleases;
import org.summit.agenda.SummitService;
import org.summit.api.web.AcceptEncoding;
import org.summit.shared.NotFoundException;

/**
 * The latest release of each summit's programme as this instance serves it: its JSON bytes and their gzip, made once
 * per release (the server would otherwise compress 1.5 MB again for every request of a programme of 1,000 sessions),
 * with an ETag naming the summit and the release.
 *
 * <p>A rendering is <em>fresh</em>, the latest for sure, while no newer release has been heard of ({@link
 * LiveReleases#newest}: raised by a publish here, and by every release on the agenda topic before the open pages are
 * told) and the database confirmed it less than {@code summit.agenda.published.reconfirm-after} (1 s) ago, which
 * bounds how stale an instance can be if it hears nothing from Kafka. Both codings carry the one ETag, as it
 * validates the release (no range requests are served).
 */
@Singleton
class PublishedReleases {

    /** A release as it is sent, and when the database last said it is the latest ({@link System#nanoTime}). */
    record Rendered(int release, byte[] body, byte[] gzipped, String etag, long confirmedAt) {

        Rendered confirmed(long now) {
            return new Rendered(release, body, gzipped, etag, now);
        }
    }

    private final AgendaService agenda;
    private final SummitService summits;
    private final LiveReleases live;
    private final long reconfirmAfterNanos;
    private final Map<UUID, Rendered> rendered = new ConcurrentHashMap<>();

    PublishedReleases(
            AgendaService agenda,
            SummitService summits,
            LiveReleases live,
            @Value("${summit.agenda.published.reconfirm-after:1s}") Duration reconfirmAfter) {
        this.agenda = agenda;
        this.summits = summits;
        this.live = live;
        this.reconfirmAfterNanos = reconfirmAfter.toNanos();
    }

    /** The rendering of the latest release if it is fresh; no database, no blocking. */
    Optional<Rendered> fresh(UUID summitId) {
        Rendered kept = rendered.get(summitId);
        return kept != null
                        && kept.release() >= live.newest(summitId)
                        && System.nanoTime() - kept.confirmedAt() < reconfirmAfterNanos
                ? Optional.of(kept)
                : Optional.empty();
    }

    /** The latest release, rendered, as the database says now (blocking). */
    Rendered confirmLatest(UUID summitId) {
        long now = System.nanoTime();
        int release = agenda.latestReleaseNumber(summitId);
        if (release == 0) {
            if (summits.find(summitId).isEmpty()) {
                throw new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString()));
            }
            throw new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of());
        }
        // Once per release: the requests that come in together after a publish wait for one rendering (and its
        // compression, some 50 ms for 1,000 sessions) instead of each doing it.
        return rendered.compute(
                summitId,
                (id, kept) -> kept != null && kept.release() >= release ? kept.confirmed(now) : render(id, now));
    }

    /** The answer to a request for a rendered release: 304 for its ETag, else the coding the client accepts. */
    static HttpResponse<byte[]> answer(Rendered current, HttpRequest<?> request) {
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, current.etag())) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, current.etag())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        boolean gzip = AcceptEncoding.accepts(request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING), "gzip");
        MutableHttpResponse<byte[]> response = HttpResponse.ok(gzip ? current.gzipped() : current.body())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, current.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // Set, the server's own compression leaves the body as it is.
        return gzip ? response.header(HttpHeaders.CONTENT_ENCODING, "gzip") : response;
    }

    private Rendered render(UUID summitId, long now) {
        AgendaService.ReleaseDocument document = agenda.latestDocument(summitId)
                .orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
        byte[] body = document.json().getBytes(StandardCharsets.UTF_8);
        return new Rendered(
                document.number(), body, gzip(body), "\"" + summitId + "-r" + document.number() + "\"", now);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress the release in memory", e);
        }
        return out.toByteArray();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(etag::equals);
    }
}
