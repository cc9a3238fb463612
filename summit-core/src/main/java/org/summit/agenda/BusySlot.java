package org.summit.agenda;

import java.time.LocalDateTime;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * A time when a delegate is busy, local in the summit's zone.
 *
 * @param what what keeps them busy, in both languages, as the conflict names it
 * @param sessionId the session of the draft it is, or null for a busy time from another source
 */
public record BusySlot(
        UUID delegateId, LocalDateTime startsAt, LocalDateTime endsAt, LocalizedText what, UUID sessionId) {}
