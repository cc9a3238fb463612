package org.summit.exchanges;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Where and when an agreed exchange takes place: a slot of an exchange block (local times in the summit's zone) at
 * one of its tables. A pinned placement is an organiser's: scheduling re-runs keep it.
 */
public record Placement(
        UUID summitId, UUID blockId, UUID tableId, LocalDateTime startsAt, LocalDateTime endsAt, boolean pinned) {

    /** The same place and time, pinned or not. */
    public Placement pinned(boolean newPinned) {
        return new Placement(summitId, blockId, tableId, startsAt, endsAt, newPinned);
    }

    /** Whether it is at the same table at the same time, whatever its pin. */
    public boolean samePlace(Placement other) {
        return other != null
                && blockId.equals(other.blockId)
                && tableId.equals(other.tableId)
                && startsAt.equals(other.startsAt)
                && endsAt.equals(other.endsAt);
    }

    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return startsAt.isBefore(otherEnd) && otherStart.isBefore(endsAt);
    }
}
