package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.summit.events.DomainEvent;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeOutcomeRecorded;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeTimesProposed;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.shared.ConflictException;
import org.summit.shared.ForbiddenException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Violations;

/**
 * An exchange meeting between cities: one city asks one other (bilateral) or several (multilateral), each invited
 * city answers, and once agreed it is placed in an exchange block and its outcome recorded afterwards. It changes only
 * through the intent methods below; each refuses what its state does not allow and registers the event it raises
 * ({@link #events()}), which the service appends to the outbox in the same transaction.
 *
 * <p>The rules, as a delegation would expect them:
 *
 * <ul>
 *   <li>Each invited city answers once: it accepts (naming who of its delegation attends) or declines (with a
 *       reason). Before that it may propose other times, as often as it likes; that is not an answer, and the
 *       exchange waits for its yes or no.
 *   <li>The exchange is agreed once every invited city that did not decline has accepted, and at least one did. A
 *       multilateral exchange with one decline goes on with the others; when every invited city declined, it is
 *       declined.
 *   <li>Any city taking part (the one that asked, or one that did not decline) may cancel it while it is open; a
 *       declined or cancelled exchange is final. An invited city that only wants to leave a multilateral exchange
 *       declines instead, while it has not answered.
 *   <li>Only an agreed exchange is placed, by scheduling or by an organiser's hand; its participants are the members
 *       the requesting city named and those each accepting city named. A pinned placement stays where an organiser
 *       put it through re-runs until unpinned.
 *   <li>A city that takes part in an agreed exchange records its outcome (summary, follow-up actions, whether an MoU
 *       is intended); recording again replaces its earlier one.
 * </ul>
 */
public final class Exchange {

    /** The most follow-up actions one outcome lists. */
    public static final int MAX_ACTIONS = 20;

    private final UUID id;
    private final String requestingCityId;
    private final @Nullable Theme theme;
    private final @Nullable LocalizedText subject;
    private final LocalizedText note;
    private final boolean interpretation;
    private final String requestedBy;
    private final Instant requestedAt;
    private final long version;
    private final List<Party> parties;
    private final Map<String, Outcome> outcomes;
    private ExchangeStatus status;
    private @Nullable Placement placement;
    private @Nullable String cancelledByCity;
    private @Nullable String cancelReason;
    private final List<DomainEvent> events = new ArrayList<>();

    Exchange(
            UUID id,
            String requestingCityId,
            @Nullable Theme theme,
            @Nullable LocalizedText subject,
            LocalizedText note,
            boolean interpretation,
            String requestedBy,
            Instant requestedAt,
            long version,
            List<Party> parties,
            List<Outcome> outcomes,
            ExchangeStatus status,
            @Nullable Placement placement,
            @Nullable String cancelledByCity,
            @Nullable String cancelReason) {
        this.id = id;
        this.requestingCityId = requestingCityId;
        this.theme = theme;
        this.subject = subject;
        this.note = note;
        this.interpretation = interpretation;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.version = version;
        this.parties = new ArrayList<>(parties);
        this.outcomes = new LinkedHashMap<>();
        outcomes.forEach(outcome -> this.outcomes.put(outcome.cityId(), outcome));
        this.status = status;
        this.placement = placement;
        this.cancelledByCity = cancelledByCity;
        this.cancelReason = cancelReason;
    }

    /**
     * A new request. Refuses an exchange that invites nobody, its own city or a city twice, that names both or
     * neither of a theme and a subject, or no attending member; what needs the context's copies (cities, members,
     * blocks, open requests) is checked by the service.
     */
    static Exchange request(
            UUID id,
            String requestingCityId,
            List<String> invitedCityIds,
            @Nullable Theme theme,
            @Nullable LocalizedText subject,
            LocalizedText note,
            List<String> memberIds,
            List<PreferredTime> preferredTimes,
            boolean interpretation,
            String by,
            Instant now) {
        Violations problems = new Violations();
        if (invitedCityIds == null || invitedCityIds.isEmpty()) {
            problems.add("invitedCityIds", org.summit.shared.SharedProblem.VALUE_REQUIRED);
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < invitedCityIds.size(); i++) {
                String city = invitedCityIds.get(i);
                if (requestingCityId.equals(city)) {
                    problems.add("invitedCityIds[" + i + "]", ExchangesProblem.OWN_CITY);
                } else if (!seen.add(city)) {
                    problems.add("invitedCityIds[" + i + "]", ExchangesProblem.CITY_REPEATED, Map.of("city", city));
                }
            }
        }
        if (theme == null && subject == null) {
            problems.add("theme", ExchangesProblem.TOPIC_MISSING);
        } else if (theme != null && subject != null) {
            problems.add("subject", ExchangesProblem.TOPIC_TWICE);
        }
        if (memberIds == null || memberIds.isEmpty()) {
            problems.add("memberIds", ExchangesProblem.MEMBERS_NONE);
        }
        problems.throwIfAny();
        List<Party> parties = new ArrayList<>();
        parties.add(
                new Party(requestingCityId, true, Answer.ACCEPTED, distinct(memberIds), preferredTimes, null, by, now));
        invitedCityIds.forEach(
                city -> parties.add(new Party(city, false, Answer.PENDING, List.of(), List.of(), null, null, null)));
        Exchange exchange = new Exchange(
                id,
                requestingCityId,
                theme,
                subject,
                note,
                interpretation,
                by,
                now,
                0,
                parties,
                List.of(),
                ExchangeStatus.REQUESTED,
                null,
                null,
                null);
        exchange.events.add(new ExchangeRequested(
                id.toString(),
                requestingCityId,
                List.copyOf(invitedCityIds),
                theme == null ? null : theme.name(),
                subject,
                note,
                distinct(memberIds),
                List.copyOf(preferredTimes),
                interpretation,
                by));
        return exchange;
    }

    /** {@code cityId} accepts and names who of its delegation attends; the exchange is agreed once all have answered. */
    void accept(String cityId, List<String> memberIds, String by, Instant now) {
        Party party = invitedAwaiting(cityId);
        if (memberIds == null || memberIds.isEmpty()) {
            throw InvalidInputException.of("memberIds", ExchangesProblem.MEMBERS_NONE);
        }
        replace(party.answered(Answer.ACCEPTED, distinct(memberIds), party.preferredTimes(), null, by, now));
        events.add(new ExchangeAccepted(id.toString(), cityId, distinct(memberIds), by));
        settle();
    }

    /** {@code cityId} declines, saying why; once every invited city declined, the exchange is declined. */
    void decline(String cityId, String reason, String by, Instant now) {
        Party party = invitedAwaiting(cityId);
        replace(party.answered(Answer.DECLINED, List.of(), party.preferredTimes(), reason, by, now));
        events.add(new ExchangeDeclined(id.toString(), cityId, reason, by));
        settle();
    }

    /** {@code cityId} proposes other times; it still has to accept or decline. */
    void proposeTimes(String cityId, List<PreferredTime> times, String by, Instant now) {
        Party party = invitedAwaiting(cityId);
        if (times == null || times.isEmpty()) {
            throw InvalidInputException.of("preferredTimes", org.summit.shared.SharedProblem.VALUE_REQUIRED);
        }
        replace(party.answered(Answer.TIMES_PROPOSED, List.of(), times, null, by, now));
        events.add(new ExchangeTimesProposed(id.toString(), cityId, List.copyOf(times), by));
    }

    /** A city taking part calls the exchange off; its place, if it had one, is free again. */
    void cancel(String cityId, String reason, String by) {
        requireOpen();
        Party party = party(cityId);
        if (party == null || party.answer() == Answer.DECLINED) {
            throw new ForbiddenException(ExchangesProblem.NOT_A_PARTY, Map.of("city", cityId));
        }
        String summitId = placement == null ? null : placement.summitId().toString();
        status = ExchangeStatus.CANCELLED;
        cancelledByCity = cityId;
        cancelReason = reason;
        placement = null;
        events.add(new ExchangeCancelled(id.toString(), summitId, cityId, reason, by));
    }

    /**
     * Places the agreed exchange (first time: {@link ExchangeScheduled}; after: {@link ExchangeRescheduled}); the
     * same place with the same pin changes nothing. The service checks the place is free first.
     */
    void place(Placement where, LocalizedText title, LocalizedText place) {
        requireAgreed();
        if (where.equals(placement)) {
            return;
        }
        boolean first = placement == null;
        placement = where;
        events.add(first ? scheduledEvent(title, place) : rescheduledEvent(title, place));
    }

    /** Lets scheduling re-runs move the exchange again. */
    void unpin(LocalizedText title, LocalizedText place) {
        requireAgreed();
        if (placement == null) {
            throw new ConflictException(ExchangesProblem.NOT_PLACED);
        }
        if (placement.pinned()) {
            placement = placement.pinned(false);
            events.add(rescheduledEvent(title, place));
        }
    }

    /** Tells the exchange's participants again where it is, after its table or place was renamed. */
    void announce(LocalizedText title, LocalizedText place) {
        if (placement != null) {
            events.add(rescheduledEvent(title, place));
        }
    }

    /** Takes the exchange out of its place (a re-run could not place it, its block or table went away). */
    void unschedule(String reason) {
        if (placement == null) {
            return;
        }
        String summitId = placement.summitId().toString();
        placement = null;
        events.add(new ExchangeUnscheduled(id.toString(), summitId, reason));
    }

    /** A city that takes part records (or replaces) its outcome of the agreed exchange. */
    void recordOutcome(
            String cityId, String summary, List<FollowUp> actions, boolean mouIntended, String by, Instant now) {
        Party party = party(cityId);
        if (party == null || !party.attends()) {
            throw new ForbiddenException(ExchangesProblem.NOT_A_PARTY, Map.of("city", cityId));
        }
        requireAgreed();
        if (actions.size() > MAX_ACTIONS) {
            throw InvalidInputException.of("actions", ExchangesProblem.ACTIONS_TOO_MANY, Map.of("max", MAX_ACTIONS));
        }
        outcomes.put(cityId, new Outcome(cityId, summary, actions, mouIntended, by, now));
        events.add(new ExchangeOutcomeRecorded(id.toString(), cityId, summary, List.copyOf(actions), mouIntended, by));
    }

    /** The delegates who attend: the requesting city's members, then each accepting city's, each once. */
    public List<String> participantIds() {
        Set<String> all = new LinkedHashSet<>();
        parties.stream().filter(Party::attends).forEach(party -> all.addAll(party.memberIds()));
        return List.copyOf(all);
    }

    /** Every time any city of the exchange prefers (the requester's and those proposed or kept by invited cities). */
    public List<PreferredTime> preferredTimes() {
        return parties.stream()
                .filter(party -> party.answer() != Answer.DECLINED)
                .flatMap(party -> party.preferredTimes().stream())
                .distinct()
                .toList();
    }

    /** The cities of the exchange, the requesting one first. */
    public List<String> cityIds() {
        return parties.stream().map(Party::cityId).toList();
    }

    /** The cities that take part: the requesting one and those that accepted. */
    public List<String> attendingCityIds() {
        return parties.stream().filter(Party::attends).map(Party::cityId).toList();
    }

    public boolean involves(String cityId) {
        return party(cityId) != null;
    }

    @Nullable
    public Party party(String cityId) {
        return parties.stream()
                .filter(party -> party.cityId().equals(cityId))
                .findFirst()
                .orElse(null);
    }

    /** The events the intent methods raised since the exchange was loaded, in order. */
    List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The key of its topic, to find open requests on the same topic between the same cities. */
    String topicKey() {
        return topicKey(theme, subject);
    }

    static String topicKey(@Nullable Theme theme, @Nullable LocalizedText subject) {
        if (theme != null) {
            return "theme:" + theme.name();
        }
        return "subject:" + normalised(subject.en()) + "|" + normalised(subject.zhHant());
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private Party invitedAwaiting(String cityId) {
        Party party = party(cityId);
        if (party == null || party.requesting()) {
            throw new ForbiddenException(ExchangesProblem.NOT_INVITED, Map.of("city", cityId));
        }
        requireOpen();
        if (party.answer().decided()) {
            throw new ConflictException(
                    ExchangesProblem.ALREADY_ANSWERED,
                    Map.of("city", cityId, "answer", party.answer().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return party;
    }

    private void settle() {
        List<Party> invited =
                parties.stream().filter(party -> !party.requesting()).toList();
        if (invited.stream().allMatch(party -> party.answer() == Answer.DECLINED)) {
            status = ExchangeStatus.DECLINED;
        } else if (invited.stream().allMatch(party -> party.answer().decided())) {
            status = ExchangeStatus.AGREED;
        }
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new ConflictException(ExchangesProblem.CLOSED, Map.of("status", statusWord()));
        }
    }

    /** Refuses, with the state's reason, unless the exchange is agreed. */
    void requireAgreed() {
        if (status != ExchangeStatus.AGREED) {
            if (!status.open()) {
                throw new ConflictException(ExchangesProblem.CLOSED, Map.of("status", statusWord()));
            }
            throw new ConflictException(ExchangesProblem.NOT_AGREED, Map.of("status", statusWord()));
        }
    }

    private String statusWord() {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void replace(Party answered) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).cityId().equals(answered.cityId())) {
                parties.set(i, answered);
            }
        }
    }

    private ExchangeScheduled scheduledEvent(LocalizedText title, LocalizedText place) {
        return new ExchangeScheduled(
                id.toString(),
                placement.summitId().toString(),
                placement.blockId().toString(),
                placement.tableId().toString(),
                title,
                place,
                placement.startsAt(),
                placement.endsAt(),
                participantIds(),
                placement.pinned());
    }

    private ExchangeRescheduled rescheduledEvent(LocalizedText title, LocalizedText place) {
        ExchangeScheduled now = scheduledEvent(title, place);
        return new ExchangeRescheduled(
                now.exchangeId(),
                now.summitId(),
                now.blockId(),
                now.tableId(),
                now.title(),
                now.place(),
                now.startsAt(),
                now.endsAt(),
                now.participantIds(),
                now.pinned());
    }

    private static List<String> distinct(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    public UUID id() {
        return id;
    }

    public String requestingCityId() {
        return requestingCityId;
    }

    @Nullable
    public Theme theme() {
        return theme;
    }

    @Nullable
    public LocalizedText subject() {
        return subject;
    }

    /** The theme's name, or the subject, in both languages. */
    public LocalizedText topic() {
        return theme != null ? theme.label() : subject;
    }

    public LocalizedText note() {
        return note;
    }

    public boolean interpretation() {
        return interpretation;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public long version() {
        return version;
    }

    public List<Party> parties() {
        return List.copyOf(parties);
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    public ExchangeStatus status() {
        return status;
    }

    @Nullable
    public Placement placement() {
        return placement;
    }

    @Nullable
    public String cancelledByCity() {
        return cancelledByCity;
    }

    @Nullable
    public String cancelReason() {
        return cancelReason;
    }
}
