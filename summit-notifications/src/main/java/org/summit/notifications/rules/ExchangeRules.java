package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.notices.NoticeKind;
import org.summit.notifications.delivery.Notifier;
import org.summit.notifications.delivery.People;
import org.summit.notifications.delivery.Person;
import org.summit.notifications.messages.CalendarEntry;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.Cities;
import org.summit.notifications.projections.Conflicts;
import org.summit.notifications.projections.ExchangeCopy;
import org.summit.notifications.projections.Programme;
import org.summit.shared.LocalizedText;

/**
 * What the exchanges' events tell people. Delegates: a request reaches the invited cities' delegations; an answer
 * (accepted, declined) and a cancellation reach the delegations of the other cities taking part; a place
 * (scheduled, rescheduled) reaches the participants, with the meeting as a calendar attachment (rescheduled: also
 * those no longer among them, without it). Organisers: an exchange that lost its place, a scheduling run that left
 * exchanges without one, and a place that makes a participant's meeting overlap a session they are on stage in.
 */
@Singleton
class ExchangeRules {

    static final String LINK = "/exchanges";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRules.class);

    private final Programme programme;
    private final Conflicts conflicts;
    private final OrganiserConflicts organisers;
    private final Cities cities;
    private final People people;
    private final Notifier notifier;

    ExchangeRules(
            Programme programme,
            Conflicts conflicts,
            OrganiserConflicts organisers,
            Cities cities,
            People people,
            Notifier notifier) {
        this.programme = programme;
        this.conflicts = conflicts;
        this.organisers = organisers;
        this.cities = cities;
        this.people = people;
        this.notifier = notifier;
    }

    void requested(ExchangeRequested requested, EventEnvelope envelope) {
        ExchangeCopy exchange = programme.requested(requested, envelope.occurredAt());
        List<Letter.Item> items = new ArrayList<>();
        if (!blank(requested.note())) {
            items.add(new Letter.Item(Phrase.message("item.note"), Phrase.of(requested.note())));
        }
        if (!requested.preferredTimes().isEmpty()) {
            items.add(new Letter.Item(
                    Phrase.message("item.preferred-times"),
                    Phrase.list(requested.preferredTimes().stream()
                            .map(time -> Phrase.span(time.startsAt(), time.endsAt()))
                            .toList())));
        }
        if (requested.invitedCityIds().size() > 1) {
            items.add(new Letter.Item(Phrase.message("item.invited"), Say.cities(cities, requested.invitedCityIds())));
        }
        Phrase asking = Say.city(cities, requested.requestingCityId());
        notifier.send(
                people.delegations(requested.invitedCityIds()),
                Letter.of(NoticeKind.EXCHANGE_REQUESTED, envelope.eventId(), LINK)
                        .title(asking)
                        .body(asking, Say.topic(exchange))
                        .items(items));
    }

    void accepted(ExchangeAccepted accepted, EventEnvelope envelope) {
        Optional<ExchangeCopy> exchange = programme.exchange(accepted.exchangeId());
        if (exchange.isEmpty()) {
            LOG.info("Exchange {} accepted, but its request is not known: nobody to tell", accepted.exchangeId());
            return;
        }
        List<Letter.Item> items = accepted.memberIds().isEmpty()
                ? List.of()
                : List.of(new Letter.Item(
                        Phrase.message("item.attending"),
                        Phrase.list(
                                accepted.memberIds().stream().map(people::name).toList())));
        Phrase city = Say.city(cities, accepted.cityId());
        Phrase topic = Say.topic(exchange.get());
        notifier.send(
                otherParties(exchange.get(), accepted.cityId()),
                Letter.of(NoticeKind.EXCHANGE_ACCEPTED, envelope.eventId(), LINK)
                        .title(city, topic)
                        .body(city, topic)
                        .items(items));
    }

    void declined(ExchangeDeclined declined, EventEnvelope envelope) {
        ExchangeCopy exchange = programme.declined(declined.exchangeId(), declined.cityId(), envelope.occurredAt());
        Phrase city = Say.city(cities, declined.cityId());
        Phrase topic = Say.topic(exchange);
        notifier.send(
                otherParties(exchange, declined.cityId()),
                Letter.of(NoticeKind.EXCHANGE_DECLINED, envelope.eventId(), LINK)
                        .title(city, topic)
                        .body(city, topic)
                        .items(reason(declined.reason())));
    }

    void cancelled(ExchangeCancelled cancelled, EventEnvelope envelope) {
        ExchangeCopy before = programme.unplaced(cancelled.exchangeId(), true, envelope.occurredAt());
        conflicts.forgetExchange(cancelled.exchangeId());
        Phrase topic = Say.topic(before);
        notifier.send(
                otherParties(before, cancelled.cityId()),
                Letter.of(NoticeKind.EXCHANGE_CANCELLED, envelope.eventId(), LINK)
                        .title(topic)
                        .body(Say.city(cities, cancelled.cityId()), topic)
                        .items(reason(cancelled.reason())));
    }

    void scheduled(ExchangeScheduled scheduled, EventEnvelope envelope) {
        Programme.Placement placement = programme.placed(
                scheduled.exchangeId(),
                scheduled.summitId(),
                scheduled.title(),
                scheduled.place(),
                scheduled.startsAt(),
                scheduled.endsAt(),
                scheduled.participantIds(),
                envelope.occurredAt());
        ExchangeCopy now = placement.after();
        notifier.send(
                people.delegates(now.participants()),
                placed(NoticeKind.EXCHANGE_SCHEDULED, envelope, now)
                        .calendar(List.of(entry(now, envelope.occurredAt()))));
        organisers.tell(conflicts.afterExchange(now, envelope.occurredAt()), envelope.eventId());
    }

    void rescheduled(ExchangeRescheduled rescheduled, EventEnvelope envelope) {
        Programme.Placement placement = programme.placed(
                rescheduled.exchangeId(),
                rescheduled.summitId(),
                rescheduled.title(),
                rescheduled.place(),
                rescheduled.startsAt(),
                rescheduled.endsAt(),
                rescheduled.participantIds(),
                envelope.occurredAt());
        ExchangeCopy before = placement.before();
        ExchangeCopy now = placement.after();
        List<Letter.Item> was = before.placed()
                ? List.of(new Letter.Item(
                        Phrase.message("item.before"),
                        Phrase.list(Phrase.span(before.startsAt(), before.endsAt()), Phrase.of(before.place()))))
                : List.of();
        Letter letter = placed(NoticeKind.EXCHANGE_RESCHEDULED, envelope, now).items(was);
        notifier.send(
                people.delegates(now.participants()), letter.calendar(List.of(entry(now, envelope.occurredAt()))));
        List<String> gone = new ArrayList<>(before.participants());
        gone.removeAll(now.participants());
        if (!gone.isEmpty()) {
            List<Letter.Item> removed = new ArrayList<>(was);
            removed.add(new Letter.Item(
                    Phrase.message("item.participants"), Phrase.message("exchange.rescheduled.removed")));
            notifier.send(people.delegates(gone), letter.items(removed));
        }
        organisers.tell(conflicts.afterExchange(now, envelope.occurredAt()), envelope.eventId());
    }

    void unscheduled(ExchangeUnscheduled unscheduled, EventEnvelope envelope) {
        ExchangeCopy before = programme.unplaced(unscheduled.exchangeId(), false, envelope.occurredAt());
        conflicts.forgetExchange(unscheduled.exchangeId());
        Phrase title = before.titleZhHant() != null || before.titleEn() != null
                ? Phrase.of(before.title())
                : Say.topic(before);
        notifier.send(
                people.organisers(),
                Letter.of(NoticeKind.ORGANISER_UNPLACED, envelope.eventId(), OrganiserConflicts.LINK)
                        .title(title)
                        .body(title, Say.reason(unscheduled.reason())));
    }

    void finished(ExchangeSchedulingFinished finished, EventEnvelope envelope) {
        if (finished.unplaced() == null || finished.unplaced().isEmpty()) {
            LOG.info("Scheduling run {} placed every exchange: nobody to tell", finished.runId());
            return;
        }
        notifier.send(
                people.organisers(),
                Letter.of(NoticeKind.ORGANISER_UNPLACED, envelope.eventId(), OrganiserConflicts.LINK)
                        .saying("organiser.unplaced.run")
                        .title(Phrase.literal(String.valueOf(finished.unplaced().size())))
                        .body(Phrase.literal(String.valueOf(finished.placed())))
                        .items(finished.unplaced().stream()
                                .map(unplaced ->
                                        new Letter.Item(Phrase.of(unplaced.title()), Say.reason(unplaced.reason())))
                                .toList()));
    }

    /** The delegations of the cities taking part, but the one that acted. */
    private List<Person> otherParties(ExchangeCopy exchange, String actingCityId) {
        List<String> others = new ArrayList<>(exchange.parties());
        others.remove(actingCityId);
        return people.delegations(others);
    }

    private static Letter placed(NoticeKind kind, EventEnvelope envelope, ExchangeCopy now) {
        Phrase title = Phrase.of(now.title());
        return Letter.of(kind, envelope.eventId(), LINK)
                .title(title)
                .body(title, Phrase.span(now.startsAt(), now.endsAt()), Phrase.of(now.place()));
    }

    private CalendarEntry entry(ExchangeCopy exchange, Instant stamp) {
        LocalizedText title = exchange.title();
        return new CalendarEntry(
                CalendarEntry.exchangeUid(exchange.exchangeId()),
                exchange.revision(),
                exchange.startsAt(),
                exchange.endsAt(),
                programme.zone(exchange.summitId()),
                Phrase.message("calendar.exchange", Phrase.of(title)),
                Phrase.of(exchange.place()),
                Phrase.of(title),
                stamp);
    }

    private static List<Letter.Item> reason(String reason) {
        return reason == null || reason.isBlank()
                ? List.of()
                : List.of(new Letter.Item(Phrase.message("item.reason"), Phrase.literal(reason)));
    }

    private static boolean blank(LocalizedText text) {
        return text == null
                || (text.zhHant() == null || text.zhHant().isBlank())
                        && (text.en() == null || text.en().isBlank());
    }
}
