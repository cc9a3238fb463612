package org.summit.api.notices;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.reactivestreams.Publisher;
import org.summit.accounts.Role;
import org.summit.api.notices.NoticeViews.LiveEvent;
import org.summit.api.web.ProblemResponses;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.LiveNotices;
import org.summit.notices.NoticeCentre;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * My notifications, live: a Server-Sent Events stream that tells the bell of each of my open pages how many of my
 * notifications are unread, and of each new one the moment summit-notifications writes it. Every instance of
 * summit-api consumes the notifications topic with a consumer group of its own ({@link LiveNotices}), so a page hears
 * of a notification whichever instance it is connected to.
 *
 * <p>The stream starts with a {@code count} event, the unread count as it stands once the stream follows the topic,
 * so a notification written while the page was loading or reconnecting is counted, not missed; then a {@code notice}
 * event per new notification, with the unread count after it; and a {@code heartbeat} now and then, so that proxies
 * keep it open.
 */
@Controller("/api/notifications/live")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
@ProblemResponses
@Tag(name = "Notifications")
class NotificationsLiveController {

    /** How soon a browser tries again after the stream broke. */
    private static final Duration RECONNECT = Duration.ofSeconds(3);

    private final NoticeCentre centre;
    private final LiveNotices live;
    private final Duration heartbeat;

    NotificationsLiveController(
            NoticeCentre centre, LiveNotices live, @Value("${summit.notices.live.heartbeat:15s}") Duration heartbeat) {
        this.centre = centre;
        this.live = live;
        this.heartbeat = heartbeat;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(
            summary = "Follow my notifications live, as Server-Sent Events (anyone logged in)",
            description = "Events: `count` (first: how many of my notifications are unread once the stream follows"
                    + " them), `notice` (a notification was just written for me; the event id is its id, with the"
                    + " unread count after it) and `heartbeat` (every 15 s, to keep proxies from closing the stream)."
                    + " Data: a NoticeLiveEvent. A page fetches the list again on a `notice`.")
    @ApiResponse(
            responseCode = "200",
            description = "The stream",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM,
                            schema = @Schema(implementation = LiveEvent.class)))
    Publisher<Event<LiveEvent>> followMine(Authentication me) {
        String recipient = Person.of(me).recipient();
        // Follow first, then count: a notice written in between is in the count and announced, never neither.
        Flux<NoticeCreated> created = Flux.create(
                sink -> {
                    AutoCloseable following = live.follow(recipient, sink::next);
                    sink.onDispose(() -> close(following));
                },
                FluxSink.OverflowStrategy.BUFFER);
        // The count is read off the consumer's thread, in the order the notices arrived.
        Flux<Event<LiveEvent>> notices = created.concatMap(notice -> Mono.fromCallable(
                        () -> Event.of(new LiveEvent(centre.unread(recipient), notice.noticeId(), notice.kind()))
                                .name("notice")
                                .id(notice.noticeId()))
                .subscribeOn(Schedulers.boundedElastic()));
        Mono<Event<LiveEvent>> count = Mono.fromCallable(
                        () -> Event.of(new LiveEvent(centre.unread(recipient), null, null))
                                .name("count")
                                .retry(RECONNECT))
                .subscribeOn(Schedulers.boundedElastic());
        Flux<Event<LiveEvent>> heartbeats = Flux.interval(heartbeat)
                .map(tick -> Event.of(new LiveEvent(null, null, null)).name("heartbeat"));
        return Flux.merge(notices, count, heartbeats);
    }

    private static void close(AutoCloseable following) {
        try {
            following.close();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop following the notifications", e);
        }
    }
}
