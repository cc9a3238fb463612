package org.summit.exchanges.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A schedule that breaks no rule: where each placed meeting sits, and each meeting left out with its reason. The
 * score is the returned schedule's own ({@code hard} is always 0: a placement that would break a rule is left out
 * instead). {@code cancelled}: the run was stopped before its time; the schedule is valid but may place fewer.
 */
public record SchedulingResult(
        Map<String, Placement> placements,
        List<Unplaced> unplaced,
        long hard,
        long medium,
        long soft,
        Duration took,
        boolean cancelled) {

    public SchedulingResult {
        placements = Map.copyOf(placements);
        unplaced = List.copyOf(unplaced);
    }
}
