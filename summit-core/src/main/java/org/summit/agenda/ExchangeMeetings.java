package org.summit.agenda;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.agenda.AgendaRepositories.ExchangeAttendeeRepository;
import org.summit.agenda.AgendaRepositories.ExchangeMeetingRepository;
import org.summit.events.EventEnvelope;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * The agenda's own copy of the exchange meetings that have a place in the programme, kept from the exchanges events
 * alone, each applied once: {@code ExchangeScheduled} and {@code ExchangeRescheduled} write the meeting as the event
 * carries it (time, place, title, participants), {@code ExchangeUnscheduled} and {@code ExchangeCancelled} take it
 * out. Kafka keeps each exchange's events in order (they are keyed by exchange id), so the latest event applied is
 * the meeting as it now is.
 *
 * <p>The meetings are busy time of their participants: the draft's conflict check reports a speaker or moderator
 * whose session overlaps one ({@link ConflictKind#PERSON_IN_EXCHANGE}); and they are on each participant's agenda.
 */
@Singleton
public class ExchangeMeetings implements BusyTimes {

    static final String CONSUMER = "agenda-exchange-meetings";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangeMeetings.class);

    private final ExchangeMeetingRepository meetings;
    private final ExchangeAttendeeRepository attendees;
    private final EventHandlers handlers;

    ExchangeMeetings(ExchangeMeetingRepository meetings, ExchangeAttendeeRepository attendees, Inbox inbox) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.handlers = inbox.handlers(CONSUMER)
                .on(
                        ExchangeScheduled.class,
                        (scheduled, envelope) -> place(
                                scheduled.exchangeId(),
                                scheduled.summitId(),
                                scheduled.title(),
                                scheduled.place(),
                                scheduled.startsAt(),
                                scheduled.endsAt(),
                                scheduled.participantIds(),
                                envelope.occurredAt()))
                .on(
                        ExchangeRescheduled.class,
                        (rescheduled, envelope) -> place(
                                rescheduled.exchangeId(),
                                rescheduled.summitId(),
                                rescheduled.title(),
                                rescheduled.place(),
                                rescheduled.startsAt(),
                                rescheduled.endsAt(),
                                rescheduled.participantIds(),
                                envelope.occurredAt()))
                .on(ExchangeUnscheduled.class, (unscheduled, envelope) -> remove(unscheduled.exchangeId()))
                .on(ExchangeCancelled.class, (cancelled, envelope) -> remove(cancelled.exchangeId()))
                .build();
    }

    /** Applies one event of the exchanges topic, once; events that do not place or remove a meeting are passed over. */
    void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Agenda exchange meetings: applied {} for {}", event.type(), event.aggregateId());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<BusySlot> busy(UUID summitId) {
        return slots(meetings.findBySummitId(summitId.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<BusySlot> busy(UUID summitId, LocalDateTime from, LocalDateTime to) {
        return slots(meetings.findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(summitId.toString(), to, from));
    }

    /** The meetings of the summit that the delegate attends, by start. */
    @Transactional(readOnly = true)
    public List<ExchangeMeeting> attendedBy(UUID delegateId, UUID summitId) {
        List<String> ids = attendees.findByDelegateId(delegateId.toString()).stream()
                .map(ExchangeAttendee::exchangeId)
                .toList();
        return ids.isEmpty()
                ? List.of()
                : meetings.findBySummitIdAndExchangeIdInOrderByStartsAt(summitId.toString(), ids);
    }

    /** The meeting as the agenda now knows it, if it has a place. */
    @Transactional(readOnly = true)
    public Optional<ExchangeMeeting> find(String exchangeId) {
        return meetings.findById(exchangeId);
    }

    /** Who attends the meeting, as the agenda now knows it (delegate ids). */
    @Transactional(readOnly = true)
    public List<String> participants(String exchangeId) {
        return attendees.findByExchangeIdIn(List.of(exchangeId)).stream()
                .map(ExchangeAttendee::delegateId)
                .sorted()
                .toList();
    }

    private void place(
            String exchangeId,
            String summitId,
            LocalizedText title,
            LocalizedText place,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            List<String> participantIds,
            Instant occurredAt) {
        Optional<ExchangeMeeting> before = meetings.findById(exchangeId);
        ExchangeMeeting meeting = new ExchangeMeeting(
                exchangeId,
                summitId,
                orEmpty(title == null ? null : title.zhHant()),
                orEmpty(title == null ? null : title.en()),
                orEmpty(place == null ? null : place.zhHant()),
                orEmpty(place == null ? null : place.en()),
                startsAt,
                endsAt,
                before.map(previous -> previous.revision() + 1).orElse(0),
                occurredAt);
        if (before.isPresent()) {
            meetings.update(meeting);
            attendees.deleteByExchangeId(exchangeId);
        } else {
            meetings.save(meeting);
        }
        // The same delegate named twice (by two of the cities) attends once.
        List<ExchangeAttendee> attending = new LinkedHashSet<>(participantIds)
                .stream()
                        .map(delegate -> new ExchangeAttendee(null, exchangeId, delegate))
                        .toList();
        attendees.saveAll(attending);
    }

    private void remove(String exchangeId) {
        // Its attendees go with it (ON DELETE CASCADE); removing one the agenda never had changes nothing.
        meetings.deleteById(exchangeId);
    }

    private List<BusySlot> slots(Collection<ExchangeMeeting> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, ExchangeMeeting> byId =
                found.stream().collect(Collectors.toMap(ExchangeMeeting::exchangeId, meeting -> meeting));
        List<BusySlot> slots = new ArrayList<>();
        for (ExchangeAttendee attendee : attendees.findByExchangeIdIn(byId.keySet())) {
            ExchangeMeeting meeting = byId.get(attendee.exchangeId());
            delegateId(attendee.delegateId())
                    .ifPresent(delegate -> slots.add(new BusySlot(
                            delegate,
                            meeting.startsAt(),
                            meeting.endsAt(),
                            meeting.title(),
                            null,
                            ConflictKind.PERSON_IN_EXCHANGE,
                            Map.of("place", meeting.place(), "exchangeId", meeting.exchangeId()))));
        }
        return slots;
    }

    /** Delegates are known by UUID; an id that is not one names nobody the draft can name, so it cannot collide. */
    private static Optional<UUID> delegateId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
