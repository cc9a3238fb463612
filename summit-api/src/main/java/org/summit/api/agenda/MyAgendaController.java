package org.summit.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AuditAction;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaFeeds;
import org.summit.agenda.AgendaService;
import org.summit.agenda.AgendaService.MyAgenda;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.api.accounts.AuditTrail;
import org.summit.api.web.ProblemResponses;
import org.summit.api.web.PublicOrigin;
import org.summit.shared.LocalizedText;

/** A delegate's own view of the published programme: their bookmarks, and "my agenda". */
@Controller("/api/agenda/{summitId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.DELEGATE)
@ProblemResponses
@Tag(name = "Agenda")
class MyAgendaController {

    private final AgendaService agenda;
    private final AgendaAccess access;
    private final AgendaFeeds feeds;
    private final AuditTrail audit;

    MyAgendaController(AgendaService agenda, AgendaAccess access, AgendaFeeds feeds, AuditTrail audit) {
        this.agenda = agenda;
        this.access = access;
        this.feeds = feeds;
        this.audit = audit;
    }

    /**
     * My calendar feed: whether I have one and since when; its secret URL only in the answer that issued it.
     *
     * @param url the feed's full URL, to paste into a calendar app (only when just issued)
     * @param path the same without scheme and host (only when just issued)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MyFeed")
    record MyFeedView(
            boolean issued,
            @Nullable Instant issuedAt,
            @Nullable String url,
            @Nullable String path) {}

    /** A session of my agenda, and why it is there. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MySession")
    record MySessionView(PublishedSession session, boolean speaking, boolean moderating, boolean bookmarked) {}

    /**
     * An exchange meeting with other cities that I attend, where and when it is placed now.
     *
     * @param title the theme or subject with the cities
     * @param place the room and table
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MyExchange")
    record MyExchangeView(
            String exchangeId,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt) {}

    /**
     * My agenda: the sessions of the latest release I speak in, moderate or bookmarked, by start ({@code release}
     * 0 and no sessions before the first release), and the exchange meetings I attend, by start; times local to
     * {@code timeZone}.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MyAgenda")
    record MyAgendaView(int release, String timeZone, List<MySessionView> sessions, List<MyExchangeView> exchanges) {

        static MyAgendaView of(MyAgenda mine) {
            return new MyAgendaView(
                    mine.release(),
                    mine.timeZone(),
                    mine.sessions().stream()
                            .map(entry -> new MySessionView(
                                    entry.session(), entry.speaking(), entry.moderating(), entry.bookmarked()))
                            .toList(),
                    mine.exchanges().stream()
                            .map(meeting -> new MyExchangeView(
                                    meeting.exchangeId(),
                                    meeting.title(),
                                    meeting.place(),
                                    meeting.startsAt(),
                                    meeting.endsAt()))
                            .toList());
        }
    }

    @Get("/bookmarks")
    @Operation(summary = "The sessions I bookmarked (delegate)")
    List<UUID> bookmarks(UUID summitId, Authentication me) {
        return agenda.bookmarks(access.self(me).id(), summitId);
    }

    @Put("/bookmarks/{sessionId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Bookmark a session of the published programme (delegate); again changes nothing")
    void bookmark(UUID summitId, UUID sessionId, Authentication me) {
        agenda.bookmark(access.self(me).id(), summitId, sessionId);
    }

    @Delete("/bookmarks/{sessionId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a bookmark (delegate)")
    void removeBookmark(UUID summitId, UUID sessionId, Authentication me) {
        agenda.removeBookmark(access.self(me).id(), sessionId);
    }

    @Get("/mine")
    @Operation(
            summary = "My agenda (delegate): the sessions I speak in or moderate, my bookmarks, my exchange meetings",
            description = "Sessions from the latest release (release 0 and none before the first); exchange meetings"
                    + " as they are placed now, also before the first release.")
    MyAgendaView mine(UUID summitId, Authentication me) {
        Account account = access.self(me);
        return MyAgendaView.of(agenda.myAgenda(account.id(), account.email(), summitId));
    }

    @Get("/my-feed")
    @Operation(
            summary = "Whether I have a calendar feed of my agenda, and since when (delegate)",
            description = "The feed's URL is secret and only its hash is kept: it is shown once, when issued.")
    MyFeedView myFeed(UUID summitId, Authentication me) {
        Instant issuedAt = feeds.issuedAt(access.self(me).id(), summitId).orElse(null);
        return new MyFeedView(issuedAt != null, issuedAt, null, null);
    }

    @Post("/my-feed")
    @Operation(
            summary = "Issue the secret URL of my agenda's calendar feed (delegate), replacing any earlier one",
            description = "The earlier URL stops working at once. Subscribe to the URL in a calendar app; whoever"
                    + " has it can read my agenda, so keep it to yourself and issue a new one if it leaks.")
    @ApiResponse(
            responseCode = "201",
            description = "The feed, with its URL (shown this once)",
            content = @Content(schema = @Schema(implementation = MyFeedView.class)))
    HttpResponse<MyFeedView> issueFeed(UUID summitId, Authentication me, HttpRequest<?> request) {
        String path = "/api/feeds/" + feeds.issue(access.self(me).id(), summitId) + ".ics";
        String url = PublicOrigin.of(request) + path;
        Instant issuedAt = feeds.issuedAt(access.self(me).id(), summitId).orElseThrow();
        // The URL itself is a secret: the log says that one was issued, never what it is.
        audit.record(AuditAction.AGENDA_FEED_ISSUED, summitId.toString(), Map.of());
        return HttpResponse.created(new MyFeedView(true, issuedAt, url, path));
    }

    @Delete("/my-feed")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke my calendar feed (delegate): its URL answers 404 from now on")
    void revokeFeed(UUID summitId, Authentication me) {
        feeds.revoke(access.self(me).id(), summitId);
        audit.record(AuditAction.AGENDA_FEED_REVOKED, summitId.toString(), Map.of());
    }
}
