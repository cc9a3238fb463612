package org.summit.agenda;

import java.util.List;
import java.util.UUID;

/**
 * A source of times when delegates are busy other than the draft's own sessions, such as the exchange meetings they
 * attend. Every bean of this type is asked on each conflict check, so a context that keeps such times (exchanges,
 * from its own copy) plugs in by providing one; a person in a session while busy elsewhere is a double booking.
 */
public interface BusyTimes {

    /** Every busy time of the summit's delegates that this source knows of. */
    List<BusySlot> busy(UUID summitId);
}
