package org.summit.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reactivestreams.Publisher;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.AgendaService;
import org.summit.agenda.LiveReleases;
import org.summit.agenda.SummitService;
import org.summit.api.web.ProblemResponses;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.AgendaPublished;
import org.summit.shared.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The published programme, live: a Server-Sent Events stream that tells an open agenda page of each new release the
 * moment any instance publishes it. Every instance of summit-api consumes the agenda topic with a consumer group of
 * its own ({@link LiveReleases}), so a page hears of a release whichever instance it is connected to.
 *
 * <p>A page first reads the release over HTTP, then follows this stream. The stream starts with a {@code current}
 * event naming the latest release as it stands once the stream follows the topic, so a release published between
 * the page's read and its connection (or while it was reconnecting) is noticed, not missed; then a {@code release}
 * event per release, with its changelog; and a {@code heartbeat} now and then, so that proxies keep it open.
 */
@Controller("/api/summits/{summitId}/agenda/live")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Agenda")
class AgendaLiveController {

    /** How soon a browser tries again after the stream broke. */
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    /**
     * What the stream says: a release's number, and for a {@code release} event its changelog.
     *
     * @param publishedAt when it was published (null in a {@code current} event and a heartbeat)
     * @param changes what changed since the release before (empty in a {@code current} event and a heartbeat)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AgendaLiveEvent")
    record LiveEvent(String summitId, int release, @Nullable Instant publishedAt, List<AgendaChange> changes) {

        static LiveEvent of(AgendaPublished published) {
            return new LiveEvent(
                    published.summitId(), published.release(), published.publishedAt(), published.changes());
        }
    }

    private final AgendaService agenda;
    private final SummitService summits;
    private final LiveReleases live;
    private final Duration heartbeat;

    AgendaLiveController(
            AgendaService agenda,
            SummitService summits,
            LiveReleases live,
            @Value("${summit.agenda.live.heartbeat:15s}") Duration heartbeat) {
        this.agenda = agenda;
        this.summits = summits;
        this.live = live;
        this.heartbeat = heartbeat;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(
            summary = "Follow the published programme live, as Server-Sent Events (anyone)",
            description = "Events: `current` (first, the latest release's number when the stream began following;"
                    + " 0 before release 1), `release` (a new release with its changelog; the event id is its"
                    + " number) and `heartbeat` (every 15 s, to keep proxies from closing the stream). Data: an"
                    + " AgendaLiveEvent. A page that sees a number above the one it shows fetches the agenda again."
                    + " 404 summit.not-found for an unknown summit.")
    @ApiResponse(
            responseCode = "200",
            description = "The stream",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM,
                            schema = @Schema(implementation = LiveEvent.class)))
    Publisher<Event<LiveEvent>> followAgenda(UUID summitId) {
        if (summits.find(summitId).isEmpty()) {
            throw new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString()));
        }
        String id = summitId.toString();
        // Follow first, then read the latest number: a release published in between arrives both ways, never neither.
        Flux<Event<LiveEvent>> releases = Flux.create(
                sink -> {
                    AutoCloseable following = live.follow(
                            summitId,
                            published -> sink.next(Event.of(LiveEvent.of(published))
                                    .name("release")
                                    .id(Integer.toString(published.release()))));
                    sink.onDispose(() -> close(following));
                },
                FluxSink.OverflowStrategy.LATEST);
        Mono<Event<LiveEvent>> current = Mono.fromCallable(
                        () -> Event.of(new LiveEvent(id, agenda.latestReleaseNumber(summitId), null, List.of()))
                                .name("current")
                                .retry(RECONNECT))
                .subscribeOn(Schedulers.boundedElastic());
        Flux<Event<LiveEvent>> heartbeats = Flux.interval(heartbeat)
                .map(tick -> Event.of(new LiveEvent(id, 0, null, List.of())).name("heartbeat"));
        return Flux.merge(releases, current, heartbeats);
    }

    private static void close(AutoCloseable following) {
        try {
            following.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop following the agenda", e);
        }
    }
}
