package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.summit.agenda.AgendaRepositories.BookmarkRepository;
import org.summit.agenda.AgendaRepositories.DelegateRepository;
import org.summit.agenda.AgendaRepositories.ReleaseRepository;
import org.summit.agenda.AgendaRepositories.RoomRepository;
import org.summit.agenda.AgendaRepositories.SessionRepository;
import org.summit.agenda.AgendaRepositories.TrackRepository;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedRoom;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.agenda.PublishedAgenda.PublishedTrack;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.AgendaPublished;
import org.summit.events.agenda.SessionBookmarkRemoved;
import org.summit.events.agenda.SessionBookmarked;
import org.summit.shared.Changed;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Versions;
import org.summit.shared.Violations;
import org.summit.shared.outbox.Outbox;

/**
 * The programme of a summit: its rooms and tracks, the draft that organisers edit and the releases that delegates
 * see. Every change of the draft is checked against the whole draft at once ({@link ConflictCheck}) and answers with
 * the session's conflicts; a hard one (a room or a person booked twice, a room closed) refuses the change unless the
 * organiser keeps it in the draft with it. Publishing freezes the draft into the next numbered release with its
 * changelog, in one transaction with its event, and is refused while anything blocks it. Each change is saved with
 * its one event in one transaction.
 */
@Singleton
public class AgendaService {

    /** A change of the draft, as stored, with every conflict of the session it changed. */
    public record SessionChange(AgendaSession session, List<Conflict> conflicts) {}

    /** A session of a person's agenda: why it is on it. */
    public record MySession(PublishedSession session, boolean speaking, boolean moderating, boolean bookmarked) {}

    /**
     * A person's agenda: the sessions of the latest release they speak in or moderate and their bookmarks (none while
     * {@code release} is 0, before the first), and the exchange meetings they attend as they are placed now.
     */
    public record MyAgenda(int release, String timeZone, List<MySession> sessions, List<ExchangeMeeting> exchanges) {}

    /** The latest release of a summit as it is stored: its number and its JSON document. */
    public record ReleaseDocument(int number, String json) {}

    private final SummitRepository summits;
    private final RoomRepository rooms;
    private final TrackRepository tracks;
    private final SessionRepository sessions;
    private final DelegateRepository delegates;
    private final ReleaseRepository releases;
    private final BookmarkRepository bookmarks;
    private final List<BusyTimes> busyElsewhere;
    private final ExchangeMeetings exchangeMeetings;
    private final Outbox outbox;
    private final LiveReleases live;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<UUID, PublishedAgenda> parsedReleases = new ConcurrentHashMap<>();

    AgendaService(
            SummitRepository summits,
            RoomRepository rooms,
            TrackRepository tracks,
            SessionRepository sessions,
            DelegateRepository delegates,
            ReleaseRepository releases,
            BookmarkRepository bookmarks,
            List<BusyTimes> busyElsewhere,
            ExchangeMeetings exchangeMeetings,
            Outbox outbox,
            LiveReleases live,
            JsonMapper json,
            Clock clock) {
        this.summits = summits;
        this.rooms = rooms;
        this.tracks = tracks;
        this.sessions = sessions;
        this.delegates = delegates;
        this.releases = releases;
        this.bookmarks = bookmarks;
        this.busyElsewhere = List.copyOf(busyElsewhere);
        this.exchangeMeetings = exchangeMeetings;
        this.outbox = outbox;
        this.live = live;
        this.json = json;
        this.clock = clock;
    }

    // Rooms and tracks

    @Transactional(readOnly = true)
    public List<Room> rooms(UUID summitId) {
        summit(summitId);
        return rooms.findBySummitIdOrderByNameEn(summitId);
    }

    @Transactional
    public Room addRoom(UUID summitId, RoomDetails details) {
        summit(summitId);
        return rooms.save(Room.create(UUID.randomUUID(), summitId, details, clock.instant()));
    }

    /** Revises a room; sessions its new hours leave outside show a conflict, they are not refused here. */
    @Transactional
    public Room reviseRoom(UUID summitId, UUID roomId, @Nullable Long expectedVersion, RoomDetails details) {
        Room room = rooms.findById(roomId)
                .filter(found -> found.summitId().equals(summitId))
                .orElseThrow(() -> new NotFoundException(AgendaProblem.ROOM_NOT_FOUND, Map.of()));
        Versions.check(room.version(), expectedVersion, room.name());
        return room.details().equals(details) ? room : rooms.update(room.with(details, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Track> tracks(UUID summitId) {
        summit(summitId);
        return tracks.findBySummitIdOrderByNameEn(summitId);
    }

    @Transactional
    public Track addTrack(UUID summitId, TrackDetails details) {
        summit(summitId);
        return tracks.save(Track.create(UUID.randomUUID(), summitId, details, clock.instant()));
    }

    @Transactional
    public Track reviseTrack(UUID summitId, UUID trackId, @Nullable Long expectedVersion, TrackDetails details) {
        Track track = tracks.findById(trackId)
                .filter(found -> found.summitId().equals(summitId))
                .orElseThrow(() -> new NotFoundException(AgendaProblem.TRACK_NOT_FOUND, Map.of()));
        Versions.check(track.version(), expectedVersion, track.name());
        return track.name().equals(details.name()) ? track : tracks.update(track.with(details, clock.instant()));
    }

    /** The delegates the agenda knows (its own copy, from the cities events), to name as speakers and moderators. */
    @Transactional(readOnly = true)
    public List<AgendaDelegate> people(UUID summitId) {
        summit(summitId);
        return List.copyOf(delegates.findAll());
    }

    // The draft

    /** The draft's sessions, by start. */
    @Transactional(readOnly = true)
    public List<AgendaSession> draft(UUID summitId) {
        summit(summitId);
        return sessions.findBySummitIdOrderByStartsAt(summitId);
    }

    /** Every conflict of the draft. */
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(UUID summitId) {
        summit(summitId);
        return check(summitId, sessions.findBySummitIdOrderByStartsAt(summitId));
    }

    /**
     * Adds a session to the draft.
     *
     * @param keepConflicts keep it in the draft even with hard conflicts (they then block publishing until fixed);
     *     otherwise a hard conflict refuses the change with 409 {@code agenda.conflicts}, and nothing is stored
     */
    @Transactional
    public SessionChange schedule(UUID summitId, SessionDetails details, boolean keepConflicts) {
        Summit summit = summit(summitId);
        requireReferences(summit, details, true);
        Changed<AgendaSession> scheduled =
                AgendaSession.schedule(UUID.randomUUID(), summitId, details, clock.instant());
        return store(scheduled, keepConflicts, true);
    }

    /** Revises a session of the draft: see {@link #schedule} for {@code keepConflicts}. */
    @Transactional
    public SessionChange revise(
            UUID summitId,
            UUID sessionId,
            @Nullable Long expectedVersion,
            SessionDetails details,
            boolean keepConflicts) {
        Summit summit = summit(summitId);
        AgendaSession current = session(summitId, sessionId);
        checkVersion(current, expectedVersion);
        requireReferences(summit, details, true);
        return store(current.revise(details, clock.instant()), keepConflicts, false);
    }

    /** Moves a session to another time or room (a drag or a resize in the grid): see {@link #schedule}. */
    @Transactional
    public SessionChange move(
            UUID summitId,
            UUID sessionId,
            @Nullable Long expectedVersion,
            UUID roomId,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            boolean keepConflicts) {
        Summit summit = summit(summitId);
        AgendaSession current = session(summitId, sessionId);
        checkVersion(current, expectedVersion);
        SessionDetails moved = current.details().movedTo(roomId, startsAt, endsAt);
        requireReferences(summit, moved, false);
        return store(current.moveTo(roomId, startsAt, endsAt, clock.instant()), keepConflicts, false);
    }

    /**
     * {@link Versions#check} for a session, with the session as it now is in the refusal's args
     * ({@code currentSession}), so that the organiser who edited an outdated version can see what changed and choose.
     */
    private static void checkVersion(AgendaSession current, @Nullable Long expectedVersion) {
        long edited = Versions.required(expectedVersion);
        if (current.version() != edited) {
            Map<String, Object> now = new HashMap<>();
            now.put("id", current.id().toString());
            now.put("title", current.title());
            now.put("summary", current.summary());
            now.put("type", current.type().name());
            now.put("language", current.language());
            now.put(
                    "trackId",
                    current.trackId() == null ? null : current.trackId().toString());
            now.put("roomId", current.roomId().toString());
            now.put("startsAt", current.startsAt().toString());
            now.put("endsAt", current.endsAt().toString());
            now.put(
                    "speakerIds",
                    current.speakers().stream().map(UUID::toString).toList());
            now.put(
                    "moderatorId",
                    current.moderatorId() == null ? null : current.moderatorId().toString());
            now.put("version", current.version());
            throw new ConflictException(
                    SharedProblem.VERSION_STALE,
                    Map.of(
                            "what",
                            current.title(),
                            "current",
                            current.version(),
                            "expected",
                            edited,
                            "currentSession",
                            Collections.unmodifiableMap(now)));
        }
    }

    /** Takes a session out of the draft; the next release lists it as cancelled if one had published it. */
    @Transactional
    public void cancel(UUID summitId, UUID sessionId, @Nullable Long expectedVersion) {
        summit(summitId);
        AgendaSession current = session(summitId, sessionId);
        Versions.check(current.version(), expectedVersion, current.title());
        Changed<AgendaSession> cancelled = current.cancel();
        sessions.delete(current);
        outbox.appendAll(cancelled.events());
    }

    // Releases

    /**
     * Freezes the draft into the next numbered release with its changelog, and raises {@code AgendaPublished} with
     * it, in one transaction. Refused (409 {@code agenda.publish.blocked}, listing them) while the draft has hard
     * conflicts, missing translations or speakers who are gone; and when nothing changed since the last release.
     */
    @Transactional
    public PublishedAgenda publish(UUID summitId) {
        Summit summit = summit(summitId);
        List<AgendaSession> draft = sessions.findBySummitIdOrderByStartsAt(summitId);
        List<Conflict> blocking = check(summitId, draft).stream()
                .filter(conflict -> conflict.kind().blocksPublishing())
                .toList();
        if (!blocking.isEmpty()) {
            throw new AgendaConflictsException(
                    AgendaProblem.PUBLISH_BLOCKED, Map.of("count", blocking.size()), blocking);
        }
        Optional<PublishedAgenda> previous =
                releases.findFirstBySummitIdOrderByNumberDesc(summitId).map(this::parsed);
        Map<UUID, AgendaDelegate> people = byId(delegates.findAll(), AgendaDelegate::id);
        List<PublishedRoom> releasedRooms = rooms.findBySummitIdOrderByNameEn(summitId).stream()
                .map(room ->
                        new PublishedRoom(room.id().toString(), room.name(), room.capacity(), room.interpretation()))
                .toList();
        List<PublishedTrack> releasedTracks = tracks.findBySummitIdOrderByNameEn(summitId).stream()
                .map(track -> new PublishedTrack(track.id().toString(), track.name()))
                .toList();
        List<PublishedSession> released =
                draft.stream().map(session -> published(session, people)).toList();
        Map<String, LocalizedText> roomNames = new HashMap<>();
        previous.ifPresent(before -> before.rooms().forEach(room -> roomNames.put(room.id(), room.name())));
        releasedRooms.forEach(room -> roomNames.put(room.id(), room.name()));
        List<AgendaChange> changes =
                Changelog.between(previous.map(PublishedAgenda::sessions).orElse(null), released, roomNames);
        boolean sameAsBefore = previous.isPresent()
                ? changes.isEmpty()
                        && previous.get().rooms().equals(releasedRooms)
                        && previous.get().tracks().equals(releasedTracks)
                : released.isEmpty();
        int last = previous.map(PublishedAgenda::release).orElse(0);
        if (sameAsBefore) {
            throw new ConflictException(AgendaProblem.NOTHING_TO_PUBLISH, Map.of("release", last));
        }
        Instant now = clock.instant();
        PublishedAgenda agenda = new PublishedAgenda(
                summitId.toString(),
                last + 1,
                now,
                summit.timeZone(),
                summit.startsOn(),
                summit.endsOn(),
                releasedRooms,
                releasedTracks,
                released,
                changes);
        Release release = releases.save(new Release(UUID.randomUUID(), summitId, agenda.release(), write(agenda), now));
        parsedReleases.put(release.id(), agenda);
        outbox.append(new AgendaPublished(summitId.toString(), agenda.release(), now, changes));
        // Said before the commit: until it is visible, a reader of the latest number finds it behind and asks again.
        live.published(summitId, agenda.release());
        return agenda;
    }

    /** The latest release's number, 0 before the first: cheap, for revalidating a cached rendering. */
    @Transactional(readOnly = true)
    public int latestReleaseNumber(UUID summitId) {
        return releases.latestNumber(summitId);
    }

    /** The latest release as it was stored when published (its JSON document), if any. */
    @Transactional(readOnly = true)
    public Optional<ReleaseDocument> latestDocument(UUID summitId) {
        return releases.findFirstBySummitIdOrderByNumberDesc(summitId)
                .map(release -> new ReleaseDocument(release.number(), release.document()));
    }

    @Transactional(readOnly = true)
    public Optional<PublishedAgenda> latest(UUID summitId) {
        return releases.findFirstBySummitIdOrderByNumberDesc(summitId).map(this::parsed);
    }

    /**
     * How often each session of the summit changed after it was first published: the number of releases whose
     * changelog moved or changed it (a release that did both counts once). A calendar's SEQUENCE: it stays put while
     * a session stays put, whatever else a release changes.
     */
    @Transactional(readOnly = true)
    public Map<String, Integer> revisions(UUID summitId) {
        Map<String, Integer> revisions = new HashMap<>();
        for (Release release : releases.findBySummitIdOrderByNumber(summitId)) {
            parsed(release).changes().stream()
                    .filter(change -> change.kind().equals(Changelog.MOVED)
                            || change.kind().equals(Changelog.CHANGED))
                    .map(AgendaChange::sessionId)
                    .distinct()
                    .forEach(session -> revisions.merge(session, 1, Integer::sum));
        }
        return revisions;
    }

    // Bookmarks and my agenda

    /** Marks a session of the latest release for a person's agenda; marking it again changes nothing. */
    @Transactional
    public void bookmark(UUID accountId, UUID summitId, UUID sessionId) {
        PublishedAgenda agenda = latestOrRefuse(summitId);
        boolean published =
                agenda.sessions().stream().anyMatch(session -> session.id().equals(sessionId.toString()));
        if (!published) {
            throw new NotFoundException(AgendaProblem.NOT_IN_RELEASE, Map.of());
        }
        if (!bookmarks.existsByAccountIdAndSessionId(accountId, sessionId)) {
            bookmarks.save(new Bookmark(null, accountId, sessionId, summitId, clock.instant()));
            outbox.append(new SessionBookmarked(summitId.toString(), sessionId.toString(), accountId.toString()));
        }
    }

    /** Takes a session off a person's agenda; one that is not on it changes nothing. */
    @Transactional
    public void removeBookmark(UUID accountId, UUID sessionId) {
        bookmarks.findByAccountIdAndSessionId(accountId, sessionId).ifPresent(bookmark -> {
            bookmarks.deleteByAccountIdAndSessionId(accountId, sessionId);
            outbox.append(new SessionBookmarkRemoved(
                    bookmark.summitId().toString(), sessionId.toString(), accountId.toString()));
        });
    }

    @Transactional(readOnly = true)
    public List<UUID> bookmarks(UUID accountId, UUID summitId) {
        return bookmarks.findByAccountIdAndSummitId(accountId, summitId).stream()
                .map(Bookmark::sessionId)
                .toList();
    }

    /**
     * A person's agenda: the sessions of the latest release they speak in or moderate (found by the e-mail of their
     * delegate entry, when they have one) and the sessions they bookmarked, by start; and the exchange meetings they
     * attend. Exchange meetings are placed in the programme's exchange blocks by the exchanges context, not
     * published in releases, so they are on it as soon as they have a place, also before the first release (whose
     * number is then 0, with no sessions).
     */
    @Transactional(readOnly = true)
    public MyAgenda myAgenda(UUID accountId, @Nullable String email, UUID summitId) {
        Summit summit = summit(summitId);
        Optional<AgendaDelegate> me =
                email == null ? Optional.empty() : delegates.findByEmail(email.toLowerCase(java.util.Locale.ROOT));
        List<ExchangeMeeting> exchanges = me.map(delegate -> exchangeMeetings.attendedBy(delegate.id(), summitId))
                .orElse(List.of());
        Optional<PublishedAgenda> latest = latest(summitId);
        if (latest.isEmpty()) {
            return new MyAgenda(0, summit.timeZone(), List.of(), exchanges);
        }
        PublishedAgenda agenda = latest.get();
        String myId = me.map(delegate -> delegate.id().toString()).orElse(null);
        Set<String> marked = bookmarks.findByAccountIdAndSummitId(accountId, summitId).stream()
                .map(bookmark -> bookmark.sessionId().toString())
                .collect(Collectors.toSet());
        List<MySession> mine = new ArrayList<>();
        for (PublishedSession session : agenda.sessions()) {
            boolean speaking = myId != null
                    && session.speakers().stream()
                            .anyMatch(person -> person.id().equals(myId));
            boolean moderating = myId != null
                    && session.moderator() != null
                    && session.moderator().id().equals(myId);
            boolean bookmarked = marked.contains(session.id());
            if (speaking || moderating || bookmarked) {
                mine.add(new MySession(session, speaking, moderating, bookmarked));
            }
        }
        return new MyAgenda(agenda.release(), agenda.timeZone(), mine, exchanges);
    }

    // Internals

    private SessionChange store(Changed<AgendaSession> change, boolean keepConflicts, boolean isNew) {
        AgendaSession candidate = change.state();
        // Only a session that overlaps the candidate in time can be booked twice with it; its other conflicts are its
        // own. So the check reads those sessions and the people they name, not the whole draft and every delegate: a
        // move in a programme of 1,000 sessions then costs what a move in a programme of 20 does.
        List<AgendaSession> draft = new ArrayList<>(sessions.findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(
                candidate.summitId(), candidate.endsAt(), candidate.startsAt()));
        draft.removeIf(session -> session.id().equals(candidate.id()));
        draft.add(candidate);
        Set<UUID> named = draft.stream()
                .flatMap(session -> session.details().people().stream())
                .collect(Collectors.toSet());
        Map<UUID, AgendaDelegate> people =
                named.isEmpty() ? Map.of() : byId(delegates.findByIdIn(named), AgendaDelegate::id);
        List<BusySlot> elsewhere = new ArrayList<>();
        busyElsewhere.forEach(source ->
                elsewhere.addAll(source.busy(candidate.summitId(), candidate.startsAt(), candidate.endsAt())));
        List<Conflict> own = check(candidate.summitId(), draft, people, elsewhere).stream()
                .filter(conflict -> conflict.sessionId().equals(candidate.id()))
                .toList();
        List<Conflict> hard = own.stream()
                .filter(conflict -> conflict.kind().severity() == ConflictKind.Severity.HARD)
                .toList();
        if (!hard.isEmpty() && !keepConflicts) {
            throw new AgendaConflictsException(AgendaProblem.CONFLICTS, Map.of("count", hard.size()), hard);
        }
        if (!change.changedAnything()) {
            return new SessionChange(candidate, own);
        }
        AgendaSession stored = isNew ? sessions.save(candidate) : sessions.update(candidate);
        outbox.appendAll(change.events());
        return new SessionChange(stored, own);
    }

    private List<Conflict> check(UUID summitId, Collection<AgendaSession> draft) {
        List<BusySlot> elsewhere = new ArrayList<>();
        busyElsewhere.forEach(source -> elsewhere.addAll(source.busy(summitId)));
        return check(summitId, draft, byId(delegates.findAll(), AgendaDelegate::id), elsewhere);
    }

    private List<Conflict> check(
            UUID summitId,
            Collection<AgendaSession> draft,
            Map<UUID, AgendaDelegate> people,
            Collection<BusySlot> elsewhere) {
        Map<UUID, Room> roomsById = byId(rooms.findBySummitIdOrderByNameEn(summitId), Room::id);
        return ConflictCheck.check(draft, roomsById, people, elsewhere);
    }

    /**
     * Refuses (400) what a change names that is not there: a room or track of another summit, a time outside the
     * summit's days, and (when the change names people) an unknown delegate or one whose city withdrew.
     */
    private void requireReferences(Summit summit, SessionDetails details, boolean namesPeople) {
        Violations problems = new Violations();
        boolean roomKnown = rooms.findById(details.roomId())
                .filter(room -> room.summitId().equals(summit.id()))
                .isPresent();
        if (!roomKnown) {
            problems.add("roomId", AgendaProblem.ROOM_NOT_FOUND);
        }
        if (details.trackId() != null
                && tracks.findById(details.trackId())
                        .filter(track -> track.summitId().equals(summit.id()))
                        .isEmpty()) {
            problems.add("trackId", AgendaProblem.TRACK_NOT_FOUND);
        }
        problems.check(() -> details.requireWithin(summit.startsOn(), summit.endsOn()));
        if (namesPeople) {
            for (UUID person : details.people()) {
                String field = person.equals(details.moderatorId()) ? "moderatorId" : "speakerIds";
                Optional<AgendaDelegate> delegate = delegates.findById(person);
                if (delegate.isEmpty()) {
                    problems.add(field, AgendaProblem.SPEAKER_UNKNOWN, Map.of("id", person.toString()));
                } else if (delegate.get().cityWithdrawn()) {
                    problems.add(
                            field,
                            AgendaProblem.SPEAKER_WITHDRAWN,
                            Map.of("delegate", delegate.get().name()));
                }
            }
        }
        problems.throwIfAny();
    }

    private Summit summit(UUID summitId) {
        return summits.findById(summitId)
                .orElseThrow(
                        () -> new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", summitId.toString())));
    }

    private AgendaSession session(UUID summitId, UUID sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> session.summitId().equals(summitId))
                .orElseThrow(() -> new NotFoundException(AgendaProblem.SESSION_NOT_FOUND, Map.of()));
    }

    private PublishedAgenda latestOrRefuse(UUID summitId) {
        summit(summitId);
        return latest(summitId).orElseThrow(() -> new NotFoundException(AgendaProblem.NOT_PUBLISHED, Map.of()));
    }

    private static PublishedSession published(AgendaSession session, Map<UUID, AgendaDelegate> people) {
        return new PublishedSession(
                session.id().toString(),
                session.title(),
                session.summary(),
                session.type().name(),
                session.language(),
                session.trackId() == null ? null : session.trackId().toString(),
                session.roomId().toString(),
                session.startsAt(),
                session.endsAt(),
                session.speakers().stream().map(id -> person(id, people)).toList(),
                session.moderatorId() == null ? null : person(session.moderatorId(), people));
    }

    private static PublishedPerson person(UUID id, Map<UUID, AgendaDelegate> people) {
        AgendaDelegate delegate = people.get(id);
        return new PublishedPerson(id.toString(), delegate.name(), delegate.cityId());
    }

    private PublishedAgenda parsed(Release release) {
        return parsedReleases.computeIfAbsent(release.id(), id -> {
            try {
                return json.readValue(release.document(), PublishedAgenda.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Release " + release.number() + " cannot be read", e);
            }
        });
    }

    private String write(PublishedAgenda agenda) {
        try {
            return json.writeValueAsString(agenda);
        } catch (IOException e) {
            throw new UncheckedIOException("Release " + agenda.release() + " cannot be written", e);
        }
    }

    private static <T> Map<UUID, T> byId(Iterable<T> all, Function<T, UUID> id) {
        return StreamSupport.stream(all.spliterator(), false).collect(Collectors.toMap(id, Function.identity()));
    }
}
