package org.summit.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A source of times when delegates are busy other than the draft's own sessions, such as the exchange meetings they
 * attend ({@link ExchangeMeetings}). Every bean of this type is asked on each conflict check; a person in a session
 * while busy elsewhere is a double booking, of the kind the busy time names.
 */
public interface BusyTimes {

    /** Every busy time of the summit's delegates that this source knows of. */
    List<BusySlot> busy(UUID summitId);

    /**
     * The busy times that overlap the time from {@code from} to {@code to}: all that a change of one session can
     * collide with. A source with many times answers this from an index rather than filtering them all.
     */
    default List<BusySlot> busy(UUID summitId, LocalDateTime from, LocalDateTime to) {
        return busy(summitId).stream().filter(slot -> slot.overlaps(from, to)).toList();
    }
}
