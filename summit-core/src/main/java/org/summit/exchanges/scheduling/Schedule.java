package org.summit.exchanges.scheduling;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/** The solver's planning solution: the spots, the participants' sessions and the meetings to place. */
@PlanningSolution(solutionCloner = Schedule.Cloner.class)
final class Schedule {

    @ProblemFactCollectionProperty
    List<Spot> spots;

    @ProblemFactCollectionProperty
    List<BusyTime> busy;

    @PlanningEntityCollectionProperty
    List<MeetingAssignment> meetings;

    @PlanningScore
    HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    Schedule() {}

    Schedule(List<Spot> spots, List<BusyTime> busy, List<MeetingAssignment> meetings) {
        this.spots = spots;
        this.busy = busy;
        this.meetings = meetings;
    }

    /**
     * Copies the meetings, shares everything else. The solver clones at every new best schedule; its generic
     * cloner walks every field by reflection and took a quarter of the time with 2,000 meetings.
     */
    public static final class Cloner implements SolutionCloner<Schedule> {

        public Cloner() {}

        @Override
        public Schedule cloneSolution(Schedule original) {
            List<MeetingAssignment> meetings = new ArrayList<>(original.meetings.size());
            for (MeetingAssignment meeting : original.meetings) {
                meetings.add(meeting.copy());
            }
            Schedule clone = new Schedule(original.spots, original.busy, meetings);
            clone.score = original.score;
            return clone;
        }
    }

    int placed() {
        int placed = 0;
        for (MeetingAssignment meeting : meetings) {
            if (meeting.spot != null) {
                placed++;
            }
        }
        return placed;
    }
}
