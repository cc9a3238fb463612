package org.summit.exchanges.scheduling;

import java.util.List;
import java.util.Objects;

/**
 * What automatic scheduling places: the accepted exchange meetings, the slots the exchange blocks are cut into, the
 * blocks' tables, and the times each participant is already busy in the programme.
 */
public record SchedulingProblem(List<Meeting> meetings, List<Slot> slots, List<Table> tables, List<Busy> busy) {

    public SchedulingProblem {
        meetings = List.copyOf(Objects.requireNonNull(meetings, "meetings"));
        slots = List.copyOf(Objects.requireNonNull(slots, "slots"));
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        busy = List.copyOf(Objects.requireNonNull(busy, "busy"));
    }
}
