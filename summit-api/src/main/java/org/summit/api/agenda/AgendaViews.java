package org.summit.api.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaService.SessionChange;
import org.summit.agenda.AgendaSession;
import org.summit.agenda.Conflict;
import org.summit.agenda.Room;
import org.summit.agenda.Track;
import org.summit.shared.LocalizedText;

/** The programme as organisers see it through the API. */
final class AgendaViews {

    private AgendaViews() {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Room")
    record RoomView(
            UUID id,
            LocalizedText name,
            int capacity,
            boolean interpretation,
            @Nullable LocalTime opensAt,
            @Nullable LocalTime closesAt,
            long version) {

        static RoomView of(Room room) {
            return new RoomView(
                    room.id(),
                    room.name(),
                    room.capacity(),
                    room.interpretation(),
                    room.opensAt(),
                    room.closesAt(),
                    room.version());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Track")
    record TrackView(UUID id, LocalizedText name, long version) {

        static TrackView of(Track track) {
            return new TrackView(track.id(), track.name(), track.version());
        }
    }

    /**
     * One conflict of a session: its code (a text in both languages in the UI's catalogues) with args, the field it
     * is about, how much it weighs, and the other session of a double booking.
     *
     * @param severity {@code HARD} (refuses a change unless kept; blocks publishing), {@code BLOCKS_PUBLISHING} or
     *     {@code WARNING}
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Conflict")
    record ConflictView(
            UUID sessionId,
            String field,
            String code,
            String severity,
            Map<String, Object> args,
            String message,
            @Nullable UUID otherSessionId) {

        static ConflictView of(Conflict conflict) {
            return new ConflictView(
                    conflict.sessionId(),
                    conflict.field(),
                    conflict.kind().code(),
                    conflict.kind().severity().name(),
                    conflict.args(),
                    conflict.violation().message(),
                    conflict.otherSessionId());
        }
    }

    /** A session of the draft; {@code version} is what a change must send back. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "DraftSession")
    record SessionView(
            UUID id,
            LocalizedText title,
            @Nullable LocalizedText summary,
            String type,
            String language,
            @Nullable UUID trackId,
            UUID roomId,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            List<UUID> speakerIds,
            @Nullable UUID moderatorId,
            long version,
            List<ConflictView> conflicts) {

        static SessionView of(AgendaSession session, List<Conflict> conflicts) {
            return new SessionView(
                    session.id(),
                    session.title(),
                    session.summary(),
                    session.type().name(),
                    session.language(),
                    session.trackId(),
                    session.roomId(),
                    session.startsAt(),
                    session.endsAt(),
                    session.speakers(),
                    session.moderatorId(),
                    session.version(),
                    conflicts.stream().map(ConflictView::of).toList());
        }

        static SessionView of(SessionChange change) {
            return of(change.session(), change.conflicts());
        }
    }

    /**
     * A delegate the agenda knows (from the cities events), who can be named as a speaker or moderator.
     *
     * @param cityId the code of their city; the agenda keeps no city names of its own
     * @param cityWithdrawn whether their city has withdrawn (naming them is refused)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AgendaPerson")
    record PersonView(UUID id, LocalizedText name, String cityId, boolean cityWithdrawn) {

        static PersonView of(AgendaDelegate delegate) {
            return new PersonView(delegate.id(), delegate.name(), delegate.cityId(), delegate.cityWithdrawn());
        }
    }

    /** The whole draft: its sessions by start, each with its conflicts. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Draft")
    record DraftView(int latestRelease, List<SessionView> sessions, List<ConflictView> conflicts) {}
}
