package org.summit.exchanges.scheduling;

import java.util.Objects;

/** A meeting the schedule leaves out, with a stable code saying why (one of the constants below). */
public record Unplaced(String meetingId, String reason) {

    /** No table of any block seats all its participants. */
    public static final String TOO_LARGE = "exchange.unplaced.too-large";

    /** It asks for interpretation and no table with interpretation seats all its participants. */
    public static final String NO_INTERPRETATION = "exchange.unplaced.no-interpretation";

    /** At every slot that has a table for it, one of its participants is in an agenda session. */
    public static final String PARTICIPANTS_BUSY = "exchange.unplaced.participants-busy";

    /** At every slot left where its participants are free of sessions, one of them is in another exchange. */
    public static final String PARTICIPANTS_BOOKED = "exchange.unplaced.participants-booked";

    /** Every table that suits it is taken at each time its participants are all free. */
    public static final String NO_ROOM = "exchange.unplaced.no-room";

    /**
     * It is pinned to a place it cannot keep: the slot or table is gone, the table is of another block, too small or
     * without the interpretation it needs, a participant is busy then, or another pinned meeting holds the place or a
     * participant at that time. Pinned meetings are never moved, so it waits for an organiser.
     */
    public static final String PINNED_INVALID = "exchange.unplaced.pinned-invalid";

    public Unplaced {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(reason, "reason");
    }
}
