package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.AgendaService.MyAgenda;
import org.summit.agenda.AgendaService.MySession;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.SummitService;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;

/**
 * The published programme as iCalendar feeds that calendar apps subscribe to: the whole summit for anyone, and each
 * delegate's own agenda at a secret URL (issued and revoked through {@code /api/agenda/{summitId}/my-feed}). The
 * whole summit is written once per release and language; a personal feed is written per request, since bookmarks
 * change between releases, and is never stored by caches ({@code Cache-Control: no-store}).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Agenda")
class CalendarController {

    static final MediaType CALENDAR = MediaType.of("text/calendar;charset=utf-8");

    private record Rendered(int release, byte[] body, String etag) {}

    private final AgendaService agenda;
    private final SummitService summits;
    private final AgendaAccess access;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    CalendarController(AgendaService agenda, SummitService summits, AgendaAccess access) {
        this.agenda = agenda;
        this.summits = summits;
        this.access = access;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/api/summits/{summitId}/agenda.ics", produces = "text/calendar")
    @Operation(
            summary = "The latest release as an iCalendar feed to subscribe to (anyone)",
            description = "One event per session, in English or, with ?lang=zh-Hant, Traditional Chinese; times in"
                    + " the summit's zone with its VTIMEZONE. 404 agenda.not-published before the first release.")
    @ApiResponse(responseCode = "200", description = "The calendar (text/calendar)")
    @ApiResponse(responseCode = "304", description = "The release named by If-None-Match is still the latest")
    HttpResponse<byte[]> summit(UUID summitId, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        boolean english = !"zh-Hant".equals(lang);
        int number = agenda.latestReleaseNumber(summitId);
        if (number == 0) {
            if (summits.find(summitId).isEmpty()) {
                throw new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString()));
            }
            throw new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of());
        }
        String key = summitId + (english ? "/en" : "/zh-Hant");
        Rendered current = rendered.get(key);
        if (current == null || current.release() != number) {
            PublishedAgenda release = latest(summitId);
            String body = AgendaCalendar.write(
                    release, release.sessions(), name(summitId, english), agenda.revisions(summitId), english);
            current = new Rendered(
                    release.release(),
                    body.getBytes(StandardCharsets.UTF_8),
                    "\"" + summitId + "-r" + release.release() + (english ? "-en" : "-zh-Hant") + "\"");
            rendered.put(key, current);
        }
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, current.etag())) {
            return HttpResponse.<byte[]>status(HttpStatus.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, current.etag())
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        return HttpResponse.ok(current.body())
                .contentType(CALENDAR)
                .header(HttpHeaders.ETAG, current.etag())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"agenda.ics\"");
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/api/feeds/{token}.ics", produces = "text/calendar")
    @Operation(
            summary =
                    "A delegate's own agenda as an iCalendar feed, at the secret URL they were given (anyone with it)",
            description = "The sessions they speak in or moderate and their bookmarks, from the latest release, and"
                    + " the exchange meetings they attend (UID exchange-{exchangeId}@summit, kept when rescheduled;"
                    + " left out once unscheduled or cancelled), in English or, with ?lang=zh-Hant, Traditional"
                    + " Chinese. 404 agenda.feed.not-found once revoked or replaced. Cache-Control: no-store.")
    @ApiResponse(responseCode = "200", description = "The calendar (text/calendar)")
    HttpResponse<byte[]> personal(String token, @Nullable @QueryValue String lang) {
        AgendaAccess.FeedReader reader = access.feed(token);
        UUID summitId = reader.summitId();
        boolean english = !"zh-Hant".equals(lang);
        MyAgenda mine = agenda.myAgenda(reader.account().id(), reader.account().email(), summitId);
        // Before the first release a delegate's feed has their exchange meetings only (they are placed in the
        // draft's exchange blocks, not published in releases).
        PublishedAgenda release = mine.release() == 0 ? null : latest(summitId);
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        String body = AgendaCalendar.write(
                mine.timeZone(),
                release,
                mine.sessions().stream().map(MySession::session).toList(),
                mine.exchanges(),
                (english ? "My agenda: " : "我的議程：") + (english ? name.en() : name.zhHant()),
                agenda.revisions(summitId),
                english);
        return HttpResponse.ok(body.getBytes(StandardCharsets.UTF_8))
                .contentType(CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Robots-Tag", "noindex")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"my-agenda.ics\"");
    }

    private PublishedAgenda latest(UUID summitId) {
        return agenda.latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
    }

    private String name(UUID summitId, boolean english) {
        LocalizedText name = summits.find(summitId).orElseThrow().name();
        return english ? name.en() : name.zhHant();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(etag::equals);
    }
}
