package org.summit.notifications.projections;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.SessionChanged;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.notifications.projections.ProgrammeRepositories.ExchangeCopyRepository;
import org.summit.notifications.projections.ProgrammeRepositories.SessionCopyRepository;
import org.summit.notifications.projections.ProgrammeRepositories.SummitCopyRepository;
import org.summit.shared.LocalizedText;

/**
 * Notifications' copy of the programme, from the agenda's and the exchanges' events alone: the summits and their
 * time zones, the sessions as the draft has them (a release freezes the draft, so when {@code AgendaPublished}
 * arrives these are the released sessions: each summit's events share one partition and so arrive in order), and
 * the exchanges with their parties and places. Every method runs in the inbox's transaction of the event applied.
 */
@Singleton
public class Programme {

    private static final String MOVED = "MOVED";
    private static final String CHANGED = "CHANGED";

    private final SummitCopyRepository summits;
    private final SessionCopyRepository sessions;
    private final ExchangeCopyRepository exchanges;
    private final ZoneId defaultZone;

    Programme(
            SummitCopyRepository summits,
            SessionCopyRepository sessions,
            ExchangeCopyRepository exchanges,
            @Value("${summit.notifications.zone:Asia/Taipei}") String defaultZone) {
        this.summits = summits;
        this.sessions = sessions;
        this.exchanges = exchanges;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    // Summits

    public void keepSummit(String summitId, LocalizedText name, String timeZone, Instant at) {
        SummitCopy copy = new SummitCopy(summitId, orEmpty(name.zhHant()), orEmpty(name.en()), timeZone, at);
        if (summits.existsById(summitId)) {
            summits.update(copy);
        } else {
            summits.save(copy);
        }
    }

    /** The zone a summit's local times are in; the configured zone for a summit no event described. */
    public ZoneId zone(@Nullable String summitId) {
        if (summitId == null) {
            return defaultZone;
        }
        return summits.findById(summitId)
                .map(summit -> {
                    try {
                        return ZoneId.of(summit.timeZone());
                    } catch (DateTimeException unknown) {
                        return defaultZone;
                    }
                })
                .orElse(defaultZone);
    }

    // Sessions

    public Optional<SessionCopy> session(String sessionId) {
        return sessions.findById(sessionId);
    }

    public SessionCopy scheduled(SessionScheduled scheduled, Instant at) {
        SessionCopy session = new SessionCopy(
                scheduled.sessionId(),
                scheduled.summitId(),
                0,
                scheduled.type(),
                zh(scheduled.title()),
                en(scheduled.title()),
                scheduled.roomId(),
                scheduled.startsAt(),
                scheduled.endsAt(),
                people(scheduled.speakerIds(), scheduled.moderatorId()),
                0,
                at);
        return keep(session).orElse(session);
    }

    /** The session as revised; empty when the copy already has a later version. */
    public Optional<SessionCopy> changed(SessionChanged changed, Instant at) {
        int revisions = sessions.findById(changed.sessionId())
                .map(SessionCopy::revisions)
                .orElse(0);
        return keep(new SessionCopy(
                changed.sessionId(),
                changed.summitId(),
                changed.version(),
                changed.type(),
                zh(changed.title()),
                en(changed.title()),
                changed.roomId(),
                changed.startsAt(),
                changed.endsAt(),
                people(changed.speakerIds(), changed.moderatorId()),
                revisions,
                at));
    }

    /** The session at its new time or room; empty when the copy has a later version or no such session. */
    public Optional<SessionCopy> moved(SessionMoved moved, Instant at) {
        return sessions.findById(moved.sessionId())
                .filter(session -> session.version() < moved.version())
                .flatMap(session ->
                        keep(session.moved(moved.roomId(), moved.startsAt(), moved.endsAt(), moved.version(), at)));
    }

    public void cancelled(String sessionId) {
        sessions.deleteById(sessionId);
    }

    /**
     * Counts a release's changes into each session's revisions: a release that moved or changed a session (either
     * or both) counts once, as the agenda's feeds count the SEQUENCE.
     */
    public void released(List<AgendaChange> changes) {
        Set<String> revised = new LinkedHashSet<>();
        for (AgendaChange change : changes) {
            if (MOVED.equals(change.kind()) || CHANGED.equals(change.kind())) {
                revised.add(change.sessionId());
            }
        }
        for (String sessionId : revised) {
            sessions.findById(sessionId).ifPresent(session -> sessions.update(session.revised()));
        }
    }

    /** The sessions of a summit that overlap a time and keep people on stage (exchange blocks do not). */
    List<SessionCopy> busySessions(String summitId, LocalDateTime from, LocalDateTime to) {
        return sessions.findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(summitId, to, from).stream()
                .filter(SessionCopy::busy)
                .toList();
    }

    // Exchanges

    public Optional<ExchangeCopy> exchange(String exchangeId) {
        return exchanges.findById(exchangeId);
    }

    public ExchangeCopy requested(ExchangeRequested requested, Instant at) {
        ExchangeCopy before = exchanges.findById(requested.exchangeId()).orElse(null);
        ExchangeCopy copy = new ExchangeCopy(
                requested.exchangeId(),
                requested.requestingCityId(),
                String.join(",", requested.invitedCityIds()),
                before == null ? "" : before.declinedCityIds(),
                requested.theme(),
                requested.subject() == null ? null : requested.subject().zhHant(),
                requested.subject() == null ? null : requested.subject().en(),
                before != null && before.cancelled(),
                before == null ? null : before.summitId(),
                before == null ? null : before.titleZhHant(),
                before == null ? null : before.titleEn(),
                before == null ? null : before.placeZhHant(),
                before == null ? null : before.placeEn(),
                before == null ? null : before.startsAt(),
                before == null ? null : before.endsAt(),
                before == null ? "" : before.participantIds(),
                before == null ? 0 : before.revision(),
                at);
        return store(copy, before != null);
    }

    public ExchangeCopy declined(String exchangeId, String cityId, Instant at) {
        ExchangeCopy before = known(exchangeId, at);
        return store(before.declinedBy(cityId, at), true);
    }

    /** Places an exchange as the event says; returns it as it was before and as it is now. */
    public Placement placed(
            String exchangeId,
            String summitId,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            List<String> participantIds,
            Instant at) {
        ExchangeCopy before = known(exchangeId, at);
        ExchangeCopy after = store(before.placedAt(summitId, title, place, startsAt, endsAt, participantIds, at), true);
        return new Placement(before, after);
    }

    /** Takes the exchange out of the programme (unscheduled, or called off); returns it as it was before. */
    public ExchangeCopy unplaced(String exchangeId, boolean calledOff, Instant at) {
        ExchangeCopy before = known(exchangeId, at);
        store(before.withoutPlace(calledOff, at), true);
        return before;
    }

    /** The placed exchanges of a summit that overlap a time. */
    List<ExchangeCopy> placedExchanges(String summitId, LocalDateTime from, LocalDateTime to) {
        return exchanges.findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(summitId, to, from).stream()
                .filter(ExchangeCopy::placed)
                .toList();
    }

    /** An exchange before and after a change of its place. */
    public record Placement(ExchangeCopy before, ExchangeCopy after) {}

    private ExchangeCopy known(String exchangeId, Instant at) {
        Optional<ExchangeCopy> kept = exchanges.findById(exchangeId);
        if (kept.isPresent()) {
            return kept.get();
        }
        // Known only from a later event (its request came before notifications kept exchanges): kept from now on.
        return exchanges.save(ExchangeCopy.unknown(exchangeId, at));
    }

    private ExchangeCopy store(ExchangeCopy copy, boolean exists) {
        return exists ? exchanges.update(copy) : exchanges.save(copy);
    }

    private Optional<SessionCopy> keep(SessionCopy session) {
        Optional<SessionCopy> kept = sessions.findById(session.sessionId());
        if (kept.isPresent()) {
            if (kept.get().version() > session.version()) {
                return Optional.empty();
            }
            return Optional.of(sessions.update(session));
        }
        return Optional.of(sessions.save(session));
    }

    private static String people(List<String> speakerIds, @Nullable String moderatorId) {
        List<String> all = new ArrayList<>(speakerIds == null ? List.of() : speakerIds);
        if (moderatorId != null && !all.contains(moderatorId)) {
            all.add(moderatorId);
        }
        return String.join(",", all);
    }

    private static String zh(@Nullable LocalizedText text) {
        return text == null ? "" : orEmpty(text.zhHant());
    }

    private static String en(@Nullable LocalizedText text) {
        return text == null ? "" : orEmpty(text.en());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
