package org.summit.api.agenda;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.LiveReleases;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.SummitService;
import org.summit.api.web.AcceptEncoding;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The published programme, for everyone: the latest release as the JSON document it was frozen into. Each release is
 * turned into bytes once, and compressed once (gzip, for the clients that accept it, with {@code Vary:
 * Accept-Encoding}; the server would otherwise compress 1.5 MB again for every request of a programme of 1,000
 * sessions), with an ETag naming the summit and the release, and a request whose If-None-Match names that ETag gets a
 * 304.
 *
 * <p>A request for the release this instance has rendered is answered on the event loop, from memory, as a static file
 * is: no database, no thread hop. It is the latest as long as no newer release has been heard of ({@link
 * LiveReleases#newest}: raised by a publish here, and by every release on the agenda topic, before the open pages are
 * told) and the database confirmed it less than {@code summit.agenda.published.reconfirm-after} (1 s) ago, which bounds
 * how stale an instance can be if it hears nothing from Kafka. Otherwise the request looks the number up on a blocking thread.
 * Both codings carry the one ETag, as it validates the release (no range requests are served).
 */
@Controller("/api/summits/{summitId}/agenda")
@ProblemResponses
@Tag(name = "Agenda")
class PublishedAgendaController {

    private record Rendered(int release, byte[] body, byte[] gzipped, String etag, long confirmedAt) {

        Rendered confirmed(long now) {
            return new Rendered(release, body, gzipped, etag, now);
        }
    }

    private final AgendaService agenda;
    private final SummitService summits;
    private final LiveReleases live;
    private final Scheduler blocking;
    private final long reconfirmAfterNanos;
    private final Map<UUID, Rendered> rendered = new ConcurrentHashMap<>();

    PublishedAgendaController(
            AgendaService agenda,
            SummitService summits,
            LiveReleases live,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            @Value("${summit.agenda.published.reconfirm-after:1s}") Duration reconfirmAfter) {
        this.agenda = agenda;
        this.summits = summits;
        this.live = live;
        this.blocking = Schedulers.fromExecutorService(blocking);
        this.reconfirmAfterNanos = reconfirmAfter.toNanos();
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The latest published release of the programme, with its changelog (anyone)",
            description = "Times are local to the release's timeZone. Answers with an ETag; send it back in"
                    + " If-None-Match to get a 304 while no new release is out. 404 agenda.not-published before the"
                    + " first release.")
    @ApiResponse(
            responseCode = "200",
            description = "The release",
            content = @Content(schema = @Schema(implementation = PublishedAgenda.class)))
    @ApiResponse(responseCode = "304", description = "The release named by If-None-Match is still the latest")
    Mono<HttpResponse<byte[]>> latest(UUID summitId, HttpRequest<?> request) {
        Rendered kept = rendered.get(summitId);
        if (kept != null
                && kept.release() >= live.newest(summitId)
                && System.nanoTime() - kept.confirmedAt() < reconfirmAfterNanos) {
            return Mono.just(answer(kept, request));
        }
        return Mono.fromCallable(() -> answer(confirmLatest(summitId), request)).subscribeOn(blocking);
    }

    /** The latest release, rendered, as the database says now (blocking). */
    private Rendered confirmLatest(UUID summitId) {
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

    private static HttpResponse<byte[]> answer(Rendered current, HttpRequest<?> request) {
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

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/schedule.xml", produces = MediaType.APPLICATION_XML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(
            summary = "The latest release as a c3voc/frab schedule.xml, for schedule apps (anyone)",
            description = "In English, or in Traditional Chinese with ?lang=zh-Hant; the format holds one language.")
    @ApiResponse(responseCode = "200", description = "The schedule, valid against the c3voc schedule.xml schema")
    HttpResponse<String> scheduleXml(UUID summitId, @Nullable @QueryValue String lang) {
        PublishedAgenda release =
                agenda.latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        return HttpResponse.ok(FrabSchedule.xml(release, name, !"zh-Hant".equals(lang)))
                .contentType(MediaType.APPLICATION_XML_TYPE);
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/schedule.json", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(
            summary = "The latest release as a c3voc schedule.json, for schedule apps (anyone)",
            description = "In English, or in Traditional Chinese with ?lang=zh-Hant; the format holds one language.")
    @ApiResponse(responseCode = "200", description = "The schedule, valid against the c3voc schedule.json schema")
    Map<String, Object> scheduleJson(UUID summitId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        PublishedAgenda release =
                agenda.latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        String host = request.getHeaders().get(HttpHeaders.HOST);
        String base = (request.isSecure() ? "https://" : "http://") + (host == null ? "localhost" : host);
        return FrabScheduleJson.document(release, name, !"zh-Hant".equals(lang), base);
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
