package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.AgendaPublished;
import org.summit.events.agenda.SessionBookmarkRemoved;
import org.summit.events.agenda.SessionBookmarked;
import org.summit.events.agenda.SessionCancelled;
import org.summit.events.agenda.SessionChanged;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.notices.NoticeKind;
import org.summit.notifications.delivery.Notifier;
import org.summit.notifications.delivery.People;
import org.summit.notifications.delivery.Person;
import org.summit.notifications.messages.CalendarEntry;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.Bookmarks;
import org.summit.notifications.projections.Conflicts;
import org.summit.notifications.projections.Programme;
import org.summit.notifications.projections.SessionCopy;

/**
 * What the agenda's events tell people. A release ({@code AgendaPublished}) after the first tells each person what
 * changed on their agenda, in one notification per person, with the new times of the moved and added sessions as a
 * calendar attachment: the speakers and moderators its changelog names (moved, changed, cancelled, and added: a
 * session they are newly on stage in) and the delegates who starred a session it moved, changed or cancelled
 * ({@code SessionBookmarked}). The first release tells nobody (the whole programme appears, nothing changed). A
 * session the draft moves onto an exchange meeting of one of its speakers tells the organisers.
 */
@Singleton
class AgendaRules {

    static final String LINK = "/delegate";
    private static final Logger LOG = LoggerFactory.getLogger(AgendaRules.class);
    private static final Set<String> TOLD = Set.of("ADDED", "MOVED", "CHANGED", "CANCELLED");
    private static final Set<String> NEW_TIME = Set.of("ADDED", "MOVED");

    private final Programme programme;
    private final Bookmarks bookmarks;
    private final Conflicts conflicts;
    private final OrganiserConflicts organisers;
    private final People people;
    private final Notifier notifier;

    AgendaRules(
            Programme programme,
            Bookmarks bookmarks,
            Conflicts conflicts,
            OrganiserConflicts organisers,
            People people,
            Notifier notifier) {
        this.programme = programme;
        this.bookmarks = bookmarks;
        this.conflicts = conflicts;
        this.organisers = organisers;
        this.people = people;
        this.notifier = notifier;
    }

    void scheduled(SessionScheduled scheduled, EventEnvelope envelope) {
        sessionIs(Optional.of(programme.scheduled(scheduled, envelope.occurredAt())), envelope);
    }

    void changed(SessionChanged changed, EventEnvelope envelope) {
        sessionIs(programme.changed(changed, envelope.occurredAt()), envelope);
    }

    void moved(SessionMoved moved, EventEnvelope envelope) {
        sessionIs(programme.moved(moved, envelope.occurredAt()), envelope);
    }

    void cancelled(SessionCancelled cancelled, EventEnvelope envelope) {
        programme.cancelled(cancelled.sessionId());
        conflicts.forgetSession(cancelled.sessionId());
    }

    void starred(SessionBookmarked starred, EventEnvelope envelope) {
        bookmarks.starred(starred.summitId(), starred.sessionId(), starred.accountId(), envelope.occurredAt());
    }

    void unstarred(SessionBookmarkRemoved unstarred, EventEnvelope envelope) {
        bookmarks.unstarred(unstarred.sessionId(), unstarred.accountId());
    }

    void published(AgendaPublished published, EventEnvelope envelope) {
        programme.released(published.changes());
        if (published.release() <= 1) {
            LOG.info(
                    "Release {} of {} is the first: nothing changed for anyone",
                    published.release(),
                    published.summitId());
            return;
        }
        // Each person once, with every change to a session on their agenda: one they are on stage in (the changelog
        // names them) or one they starred (a session newly added has no followers yet).
        Map<String, Person> told = new LinkedHashMap<>();
        Map<String, List<AgendaChange>> byPerson = new LinkedHashMap<>();
        for (AgendaChange change : published.changes()) {
            if (!TOLD.contains(change.kind())) {
                continue;
            }
            List<Person> concerned = new ArrayList<>();
            if (change.delegateIds() != null) {
                new LinkedHashSet<>(change.delegateIds())
                        .forEach(delegate -> people.delegate(delegate).ifPresent(concerned::add));
            }
            bookmarks
                    .followers(change.sessionId())
                    .forEach(account -> people.account(account).ifPresent(concerned::add));
            for (Person person : concerned) {
                told.putIfAbsent(person.key(), person);
                List<AgendaChange> theirs = byPerson.computeIfAbsent(person.key(), key -> new ArrayList<>());
                if (!theirs.contains(change)) {
                    theirs.add(change);
                }
            }
        }
        ZoneId zone = programme.zone(published.summitId());
        byPerson.forEach(
                (key, changes) -> notifier.send(List.of(told.get(key)), letter(published, envelope, changes, zone)));
    }

    private Letter letter(AgendaPublished published, EventEnvelope envelope, List<AgendaChange> changes, ZoneId zone) {
        Phrase release = Phrase.literal(String.valueOf(published.release()));
        List<Letter.Item> items = changes.stream()
                .map(change -> new Letter.Item(Phrase.of(change.title()), Phrase.of(change.description())))
                .toList();
        Map<String, CalendarEntry> calendar = new LinkedHashMap<>();
        for (AgendaChange change : changes) {
            if (NEW_TIME.contains(change.kind()) && !calendar.containsKey(change.sessionId())) {
                programme
                        .session(change.sessionId())
                        .ifPresent(
                                session -> calendar.put(session.sessionId(), entry(session, change, zone, published)));
            }
        }
        return Letter.of(NoticeKind.SESSION_CHANGED, envelope.eventId(), LINK)
                .title(release)
                .body(release)
                .items(items)
                .calendar(List.copyOf(calendar.values()));
    }

    private static CalendarEntry entry(
            SessionCopy session, AgendaChange change, ZoneId zone, AgendaPublished published) {
        return new CalendarEntry(
                CalendarEntry.sessionUid(session.sessionId()),
                session.revisions(),
                session.startsAt(),
                session.endsAt(),
                zone,
                Phrase.of(session.title()),
                null,
                Phrase.of(change.description()),
                published.publishedAt());
    }

    private void sessionIs(Optional<SessionCopy> session, EventEnvelope envelope) {
        session.ifPresent(
                now -> organisers.tell(conflicts.afterSession(now, envelope.occurredAt()), envelope.eventId()));
    }
}
