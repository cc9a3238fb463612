package org.summit.exchanges.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the solver's best schedule into one that certainly breaks no rule: every placement is checked again as it
 * is accepted (pinned meetings first), one that would break a rule is left out rather than returned, and then each
 * meeting still out is put at the first free spot that suits it, if any (a run stopped early thus still places what
 * fits). Every meeting left out gets its reason.
 */
final class Finisher {

    private final ScheduleModel model;
    private final Occupancy occupancy = new Occupancy();
    private final Map<MeetingAssignment, Spot> placed = new LinkedHashMap<>();

    private Finisher(ScheduleModel model) {
        this.model = model;
    }

    /** Sets each of the model's meetings to its final spot (or none) and returns those left out with reasons. */
    static List<Unplaced> finish(ScheduleModel model, Map<String, Spot> solved) {
        return new Finisher(model).run(solved);
    }

    private List<Unplaced> run(Map<String, Spot> solved) {
        for (MeetingAssignment meeting : model.meetings) {
            if (meeting.pinned) {
                accept(meeting, meeting.spot);
            }
        }
        for (MeetingAssignment meeting : model.meetings) {
            Spot spot = solved.get(meeting.id());
            if (!meeting.pinned && spot != null && model.suits(meeting, spot) && occupancy.free(meeting, spot)) {
                accept(meeting, spot);
            }
        }
        List<MeetingAssignment> out = new ArrayList<>();
        for (MeetingAssignment meeting : model.meetings) {
            if (!placed.containsKey(meeting) && !model.invalidPins.contains(meeting)) {
                out.add(meeting);
            }
        }
        out.sort(new MeetingAssignment.Difficulty().reversed());
        for (MeetingAssignment meeting : out) {
            Spot spot = occupancy.firstFree(meeting);
            if (spot != null) {
                accept(meeting, spot);
            }
        }
        List<Unplaced> unplaced = new ArrayList<>();
        for (MeetingAssignment meeting : model.meetings) {
            meeting.spot = placed.get(meeting);
            if (meeting.spot == null) {
                unplaced.add(new Unplaced(meeting.id(), model.reasonLeftOut(meeting, occupancy)));
            }
        }
        return unplaced;
    }

    private void accept(MeetingAssignment meeting, Spot spot) {
        occupancy.take(meeting, spot);
        placed.put(meeting, spot);
    }
}
