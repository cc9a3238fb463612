package org.summit.exchanges.scheduling;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who and which tables are taken when, as meetings are accepted into a schedule one by one. */
final class Occupancy {

    private final Map<Table, List<Spot>> byTable = new HashMap<>();
    private final Map<String, List<Spot>> byParticipant = new HashMap<>();

    boolean free(MeetingAssignment meeting, Spot spot) {
        return tableFree(spot) && participantsFree(meeting, spot);
    }

    boolean tableFree(Spot spot) {
        return noOverlap(byTable.get(spot.table), spot);
    }

    boolean participantsFree(MeetingAssignment meeting, Spot spot) {
        for (String participant : meeting.participants) {
            if (!noOverlap(byParticipant.get(participant), spot)) {
                return false;
            }
        }
        return true;
    }

    /** The first of the meeting's candidates, in its order of preference, that is free, or null. */
    @Nullable
    Spot firstFree(MeetingAssignment meeting) {
        for (Spot spot : meeting.candidates) {
            if (free(meeting, spot)) {
                return spot;
            }
        }
        return null;
    }

    void take(MeetingAssignment meeting, Spot spot) {
        byTable.computeIfAbsent(spot.table, t -> new ArrayList<>()).add(spot);
        for (String participant : meeting.participants) {
            byParticipant.computeIfAbsent(participant, p -> new ArrayList<>()).add(spot);
        }
    }

    private static boolean noOverlap(List<Spot> taken, Spot spot) {
        if (taken != null) {
            for (Spot other : taken) {
                if (other.overlaps(spot.start, spot.end)) {
                    return false;
                }
            }
        }
        return true;
    }
}
