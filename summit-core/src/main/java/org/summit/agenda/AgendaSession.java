package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.summit.events.agenda.SessionCancelled;
import org.summit.events.agenda.SessionChanged;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.shared.Changed;
import org.summit.shared.LocalizedText;

/**
 * A session of a summit's draft programme. Changes only through its intents ({@link #schedule}, {@link #revise},
 * {@link #moveTo}, {@link #cancel}), each of which returns the one event it raised. Delegates never see the draft:
 * they see releases.
 */
@MappedEntity("agenda_session")
public record AgendaSession(
        @Id UUID id,
        UUID summitId,
        @Nullable String titleZhHant,
        @Nullable String titleEn,
        @Nullable String abstractZhHant,
        @Nullable String abstractEn,
        SessionType type,
        String language,
        @Nullable UUID trackId,
        UUID roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String speakerIds,
        @Nullable UUID moderatorId,
        @Version Long version,
        Instant updatedAt) {

    static Changed<AgendaSession> schedule(UUID id, UUID summitId, SessionDetails details, Instant now) {
        AgendaSession session = of(id, summitId, details, null, now);
        return Changed.to(session, session.scheduled());
    }

    Changed<AgendaSession> revise(SessionDetails details, Instant now) {
        if (details().equals(details)) {
            return Changed.nothing(this);
        }
        AgendaSession revised = of(id, summitId, details, version, now);
        return Changed.to(revised, revised.changed());
    }

    Changed<AgendaSession> moveTo(UUID room, LocalDateTime start, LocalDateTime end, Instant now) {
        if (roomId.equals(room) && startsAt.equals(start) && endsAt.equals(end)) {
            return Changed.nothing(this);
        }
        AgendaSession moved = of(id, summitId, details().movedTo(room, start, end), version, now);
        return Changed.to(
                moved, new SessionMoved(summitId.toString(), id.toString(), version + 1, room.toString(), start, end));
    }

    Changed<AgendaSession> cancel() {
        return Changed.to(this, new SessionCancelled(summitId.toString(), id.toString(), version + 1));
    }

    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    @Nullable
    public LocalizedText summary() {
        return abstractZhHant == null && abstractEn == null ? null : LocalizedText.of(abstractZhHant, abstractEn);
    }

    public List<UUID> speakers() {
        return speakerIds.isEmpty()
                ? List.of()
                : Arrays.stream(speakerIds.split(",")).map(UUID::fromString).toList();
    }

    public SessionDetails details() {
        return new SessionDetails(
                title(), summary(), type, language, trackId, roomId, startsAt, endsAt, speakers(), moderatorId);
    }

    private static AgendaSession of(UUID id, UUID summitId, SessionDetails details, Long version, Instant now) {
        LocalizedText summary = details.summary();
        return new AgendaSession(
                id,
                summitId,
                details.title().zhHant(),
                details.title().en(),
                summary == null ? null : summary.zhHant(),
                summary == null ? null : summary.en(),
                details.type(),
                details.language(),
                details.trackId(),
                details.roomId(),
                details.startsAt(),
                details.endsAt(),
                details.speakerIds().stream().map(UUID::toString).collect(Collectors.joining(",")),
                details.moderatorId(),
                version,
                now);
    }

    private SessionScheduled scheduled() {
        return new SessionScheduled(
                summitId.toString(),
                id.toString(),
                title(),
                summary(),
                type.name(),
                language,
                trackId == null ? null : trackId.toString(),
                roomId.toString(),
                startsAt,
                endsAt,
                speakers().stream().map(UUID::toString).toList(),
                moderatorId == null ? null : moderatorId.toString());
    }

    private SessionChanged changed() {
        return new SessionChanged(
                summitId.toString(),
                id.toString(),
                version + 1,
                title(),
                summary(),
                type.name(),
                language,
                trackId == null ? null : trackId.toString(),
                roomId.toString(),
                startsAt,
                endsAt,
                speakers().stream().map(UUID::toString).toList(),
                moderatorId == null ? null : moderatorId.toString());
    }
}
