package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.summit.accounts.AuditAction;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaService;
import org.summit.agenda.AgendaSession;
import org.summit.agenda.Conflict;
import org.summit.agenda.PublishedAgenda;
import org.summit.api.accounts.AuditTrail;
import org.summit.api.agenda.AgendaRequests.MoveRequest;
import org.summit.api.agenda.AgendaRequests.RoomRequest;
import org.summit.api.agenda.AgendaRequests.SessionRequest;
import org.summit.api.agenda.AgendaRequests.TrackRequest;
import org.summit.api.agenda.AgendaViews.ConflictView;
import org.summit.api.agenda.AgendaViews.DraftView;
import org.summit.api.agenda.AgendaViews.PersonView;
import org.summit.api.agenda.AgendaViews.RoomView;
import org.summit.api.agenda.AgendaViews.SessionView;
import org.summit.api.agenda.AgendaViews.TrackView;
import org.summit.api.web.ProblemResponses;

/**
 * The organisers' programme of a summit: its rooms and tracks, the draft with its conflicts, and publishing. Every
 * change of a session answers with the session's conflicts; a hard one (room or person booked twice, room closed) is
 * a 409 {@code agenda.conflicts} listing them, unless the request says {@code keepConflicts}: then the session is
 * kept in the draft with them and they block publishing until fixed.
 */
@Controller("/api/agenda/{summitId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Agenda", description = "Rooms, tracks, the draft programme, its conflicts and its releases")
class ProgrammeController {

    private static final String STALE_SESSION = " A stale version is a 409 version.stale whose args carry, besides"
            + " what, current and expected, the session as it now is (currentSession: id, title, summary, type, language,"
            + " trackId, roomId, startsAt, endsAt, speakerIds, moderatorId, version), so that the UI can show what"
            + " changed.";

    private final AgendaService agenda;
    private final AuditTrail audit;

    ProgrammeController(AgendaService agenda, AuditTrail audit) {
        this.agenda = agenda;
        this.audit = audit;
    }

    @Get("/people")
    @Operation(
            summary = "The delegates the agenda knows, to name as speakers and moderators (organiser)",
            description = "The agenda's own copy of the delegates, learnt from the cities events, by English name.")
    List<PersonView> people(UUID summitId) {
        return agenda.people(summitId).stream()
                .map(PersonView::of)
                .sorted(Comparator.comparing((PersonView person) ->
                        person.name().en() == null ? "" : person.name().en()))
                .toList();
    }

    @Get("/rooms")
    @Operation(summary = "The summit's rooms (organiser)")
    List<RoomView> rooms(UUID summitId) {
        return agenda.rooms(summitId).stream().map(RoomView::of).toList();
    }

    @Post("/rooms")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a room (organiser)")
    HttpResponse<RoomView> addRoom(UUID summitId, @Body RoomRequest request) {
        RoomView room = RoomView.of(agenda.addRoom(summitId, request.toDetails()));
        return HttpResponse.created(room, URI.create("/api/agenda/" + summitId + "/rooms/" + room.id()));
    }

    @Put("/rooms/{roomId}")
    @Operation(
            summary = "Revise a room (organiser)",
            description = "Send the version you edited. Sessions that new opening hours leave outside show a conflict.")
    RoomView reviseRoom(UUID summitId, UUID roomId, @Body RoomRequest request) {
        return RoomView.of(agenda.reviseRoom(summitId, roomId, request.version(), request.toDetails()));
    }

    @Get("/tracks")
    @Operation(summary = "The summit's tracks (organiser)")
    List<TrackView> tracks(UUID summitId) {
        return agenda.tracks(summitId).stream().map(TrackView::of).toList();
    }

    @Post("/tracks")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a track (organiser)")
    HttpResponse<TrackView> addTrack(UUID summitId, @Body TrackRequest request) {
        TrackView track = TrackView.of(agenda.addTrack(summitId, request.toDetails()));
        return HttpResponse.created(track, URI.create("/api/agenda/" + summitId + "/tracks/" + track.id()));
    }

    @Put("/tracks/{trackId}")
    @Operation(summary = "Revise a track (organiser); send the version you edited")
    TrackView reviseTrack(UUID summitId, UUID trackId, @Body TrackRequest request) {
        return TrackView.of(agenda.reviseTrack(summitId, trackId, request.version(), request.toDetails()));
    }

    @Get("/draft")
    @Operation(summary = "The draft programme: every session by start, each with its conflicts (organiser)")
    DraftView draft(UUID summitId) {
        List<AgendaSession> sessions = agenda.draft(summitId);
        List<Conflict> conflicts = agenda.conflicts(summitId);
        Map<UUID, List<Conflict>> bySession = conflicts.stream().collect(Collectors.groupingBy(Conflict::sessionId));
        return new DraftView(
                agenda.latestReleaseNumber(summitId),
                sessions.stream()
                        .map(session -> SessionView.of(session, bySession.getOrDefault(session.id(), List.of())))
                        .toList(),
                conflicts.stream().map(ConflictView::of).toList());
    }

    @Get("/conflicts")
    @Operation(summary = "Every conflict of the draft (organiser)")
    List<ConflictView> conflicts(UUID summitId) {
        return agenda.conflicts(summitId).stream().map(ConflictView::of).toList();
    }

    @Post("/sessions")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Add a session to the draft (organiser)",
            description = "Answers with its conflicts. A hard conflict is a 409 agenda.conflicts listing them unless"
                    + " keepConflicts is true. An unknown or withdrawn speaker, an end before the start, no length"
                    + " or a time outside the summit is a 400. Publishes SessionScheduled.")
    HttpResponse<SessionView> schedule(UUID summitId, @Body SessionRequest request) {
        SessionView session = SessionView.of(agenda.schedule(summitId, request.toDetails(), request.keep()));
        return HttpResponse.created(session, URI.create("/api/agenda/" + summitId + "/sessions/" + session.id()));
    }

    @Put("/sessions/{sessionId}")
    @Operation(
            summary = "Revise a session of the draft (organiser)",
            description = "Send the version you edited (409 version.stale if somebody changed it meanwhile); as for"
                    + " adding otherwise. Publishes SessionChanged if anything changed." + STALE_SESSION)
    SessionView revise(UUID summitId, UUID sessionId, @Body SessionRequest request) {
        return SessionView.of(
                agenda.revise(summitId, sessionId, request.version(), request.toDetails(), request.keep()));
    }

    @Post("/sessions/{sessionId}/move")
    @Operation(
            summary = "Move or resize a session of the draft (organiser)",
            description = "What dragging in the grid sends. Publishes SessionMoved if the time or room changed."
                    + STALE_SESSION)
    SessionView move(UUID summitId, UUID sessionId, @Body MoveRequest request) {
        return SessionView.of(agenda.move(
                summitId,
                sessionId,
                request.version(),
                request.roomId(),
                request.startsAt(),
                request.endsAt(),
                request.keep()));
    }

    @Delete("/sessions/{sessionId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Cancel a session of the draft (organiser)",
            description = "Send the version you saw as ?version=. Publishes SessionCancelled; the next release lists"
                    + " it as cancelled if one had published it.")
    void cancel(UUID summitId, UUID sessionId, @Nullable @QueryValue Long version) {
        agenda.cancel(summitId, sessionId, version);
    }

    @Post("/releases")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Publish the draft as the next numbered release (organiser)",
            description = "Freezes the draft with a changelog against the release before and publishes"
                    + " AgendaPublished. Refused with 409 agenda.publish.blocked listing every problem that blocks it"
                    + " (hard conflicts, missing translations, gone or withdrawn speakers), or"
                    + " agenda.publish.nothing-changed.")
    PublishedAgenda publish(UUID summitId) {
        PublishedAgenda release = agenda.publish(summitId);
        audit.record(
                AuditAction.AGENDA_PUBLISHED,
                summitId.toString(),
                Map.of(
                        "release",
                        release.release(),
                        "sessions",
                        release.sessions().size(),
                        "changes",
                        release.changes().size()));
        return release;
    }
}
