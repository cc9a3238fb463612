package org.summit.exchanges;

import java.util.List;
import java.util.Map;

/**
 * What a finished scheduling run decided, to apply in one transaction: a placement for each meeting it placed and a
 * reason (a stable code such as {@code exchange.unplaced.too-large}) for each it could not.
 */
public record SchedulingRun(Map<String, SchedulingInput.SlotPlacement> placements, List<Unplaced> unplaced) {

    public record Unplaced(String meetingId, String reason) {}

    /** What applying it changed: how many exchanges got a first place, moved, or lost their place. */
    public record Applied(int scheduled, int rescheduled, int unscheduled, int unchanged) {}
}
