package org.summit.exchanges.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whatever the solver hands back, what is returned breaks no rule: a placement that would is left out. */
class FinisherTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 15, 9, 0);

    private final Slot nine = new Slot("nine", "block", NINE, NINE.plusMinutes(30));
    private final Table small = new Table("small", "block", 2, false);
    private final Table big = new Table("big", "block", 4, false);
    private final SchedulingProblem problem = new SchedulingProblem(
            List.of(
                    new Meeting("first", Set.of("ann", "bob"), false, List.of(), null, null),
                    new Meeting("same-table", Set.of("cid", "dan"), false, List.of(), null, null),
                    new Meeting("same-person", Set.of("ann", "eve"), false, List.of(), null, null),
                    new Meeting("too-big", Set.of("fay", "gus", "hal"), false, List.of(), null, null)),
            List.of(nine),
            List.of(small, big),
            List.of(new Busy("zoe", NINE, NINE.plusHours(1), "keynote")));

    @Test
    void aBrokenScheduleFromTheSolverIsCutDownToASoundOneWithReasons() {
        ScheduleModel model = new ScheduleModel(problem);
        Spot smallAtNine = spot(model, small);
        Map<String, Spot> broken = new HashMap<>();
        broken.put("first", smallAtNine);
        broken.put("same-table", smallAtNine);
        broken.put("same-person", spot(model, big));
        broken.put("too-big", smallAtNine);

        List<Unplaced> unplaced = Finisher.finish(model, broken);

        Map<String, Placement> placements = new LinkedHashMap<>();
        model.meetings.stream()
                .filter(meeting -> meeting.spot != null)
                .forEach(meeting -> placements.put(meeting.id(), meeting.spot.placement()));
        SchedulingResult result = new SchedulingResult(placements, unplaced, 0, 0, 0, Duration.ZERO, false);
        assertThat(ScheduleCheck.check(problem, result)).isEmpty();
        // The big table is free once the meeting sharing ann is refused; of the two refused meetings that fit it,
        // the one that fits nowhere else gets it.
        assertThat(placements)
                .containsOnly(
                        Map.entry("first", new Placement("nine", "small")),
                        Map.entry("too-big", new Placement("nine", "big")));
        assertThat(unplaced)
                .extracting(Unplaced::meetingId, Unplaced::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("same-table", Unplaced.NO_ROOM),
                        org.assertj.core.groups.Tuple.tuple("same-person", Unplaced.PARTICIPANTS_BOOKED));
    }

    private static Spot spot(ScheduleModel model, Table table) {
        return model.spots.stream()
                .filter(spot -> spot.table.equals(table))
                .findFirst()
                .orElseThrow();
    }
}
