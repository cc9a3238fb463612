package org.summit.agenda;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * A time when a delegate is busy, local in the summit's zone.
 *
 * @param what what keeps them busy, in both languages, as the conflict names it
 * @param sessionId the session of the draft it is, or null for a busy time from another source
 * @param kind the conflict a session of the draft has when it puts the delegate here at the same time
 * @param details further values that conflict's message needs, beside the delegate, {@code what} and the times
 */
public record BusySlot(
        UUID delegateId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        LocalizedText what,
        UUID sessionId,
        ConflictKind kind,
        Map<String, Object> details) {

    public BusySlot {
        details = Map.copyOf(details);
    }

    /** A session of the draft that the delegate speaks in or moderates. */
    static BusySlot inSession(
            UUID delegateId, LocalDateTime startsAt, LocalDateTime endsAt, LocalizedText what, UUID sessionId) {
        return new BusySlot(delegateId, startsAt, endsAt, what, sessionId, ConflictKind.PERSON_DOUBLE_BOOKED, Map.of());
    }

    boolean overlaps(LocalDateTime from, LocalDateTime to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }
}
