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
import org.summit.notifications.projections.Conflicts;
import org.summit.notifications.projections.Programme;
import org.summit.notifications.projections.SessionCopy;

/**
 * What the agenda's events tell people. A release ({@code AgendaPublished}) after the first tells each speaker and
 * moderator named in its changelog what changed for them (moved, changed, cancelled, and added: a session they are
 * newly on stage in), in one notification per person, with the new times of the moved and added sessions as a
 * calendar attachment; the first release tells nobody (the whole programme appears, nothing changed). A session the
 * draft moves onto an exchange meeting of one of its speakers tells the organisers.
 */
@Singleton
class AgendaRules {

    static final String LINK = "/delegate";
    private static final Logger LOG = LoggerFactory.getLogger(AgendaRules.class);
    private static final Set<String> TOLD = Set.of("ADDED", "MOVED", "CHANGED", "CANCELLED");
    private static final Set<String> NEW_TIME = Set.of("ADDED", "MOVED");

    private final Programme programme;
    private final Conflicts conflicts;
    private final OrganiserConflicts organisers;
    private final People people;
    private final Notifier notifier;

    AgendaRules(
            Programme programme, Conflicts conflicts, OrganiserConflicts organisers, People people, Notifier notifier) {
        this.programme = programme;
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

    void published(AgendaPublished published, EventEnvelope envelope) {
        programme.released(published.changes());
        if (published.release() <= 1) {
            LOG.info(
                    "Release {} of {} is the first: nothing changed for anyone",
                    published.release(),
                    published.summitId());
            return;
        }
        Map<String, List<AgendaChange>> byDelegate = new LinkedHashMap<>();
        for (AgendaChange change : published.changes()) {
            if (TOLD.contains(change.kind()) && change.delegateIds() != null) {
                new LinkedHashSet<>(change.delegateIds())
                        .forEach(delegate -> byDelegate
                                .computeIfAbsent(delegate, d -> new ArrayList<>())
                                .add(change));
            }
        }
        ZoneId zone = programme.zone(published.summitId());
        for (Map.Entry<String, List<AgendaChange>> entry : byDelegate.entrySet()) {
            Optional<Person> person = people.delegate(entry.getKey());
            person.ifPresent(
                    delegate -> notifier.send(List.of(delegate), letter(published, envelope, entry.getValue(), zone)));
        }
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
