package org.summit.exchanges.scheduling;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A schedule built meeting by meeting without breaking a rule: who and which tables are taken when. Places a meeting
 * at its first free spot, or else by moving the one meeting in its way to a free spot of that meeting's own.
 */
final class Occupancy {

    private final Map<Table, List<MeetingAssignment>> byTable = new HashMap<>();
    private final Map<String, List<MeetingAssignment>> byParticipant = new HashMap<>();
    private final Map<MeetingAssignment, Spot> placed = new IdentityHashMap<>();

    /** The spots no meeting sits in: when they are few, a meeting looks only at them. */
    private final Set<Spot> freeSpots;

    Occupancy(List<Spot> spots) {
        this.freeSpots = new LinkedHashSet<>(spots);
    }

    boolean free(MeetingAssignment meeting, Spot spot) {
        return tableFree(spot) && participantsFree(meeting, spot);
    }

    boolean tableFree(Spot spot) {
        return noneOverlap(byTable.get(spot.table), spot, placed);
    }

    boolean participantsFree(MeetingAssignment meeting, Spot spot) {
        for (String participant : meeting.participants) {
            if (!noneOverlap(byParticipant.get(participant), spot, placed)) {
                return false;
            }
        }
        return true;
    }

    /** The first of the meeting's candidates, in its order of preference, that is free, or null. */
    @Nullable
    Spot firstFree(MeetingAssignment meeting) {
        if (freeSpots.size() * 8 < meeting.candidates.size()) {
            Spot best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Spot spot : freeSpots) {
                int rank = meeting.rankOf(spot);
                if (rank >= 0 && rank < bestRank && free(meeting, spot)) {
                    best = spot;
                    bestRank = rank;
                }
            }
            return best;
        }
        for (Spot spot : meeting.candidates) {
            if (free(meeting, spot)) {
                return spot;
            }
        }
        return null;
    }

    @Nullable
    Spot spotOf(MeetingAssignment meeting) {
        return placed.get(meeting);
    }

    void take(MeetingAssignment meeting, Spot spot) {
        placed.put(meeting, spot);
        freeSpots.remove(spot);
        byTable.computeIfAbsent(spot.table, t -> new ArrayList<>()).add(meeting);
        for (String participant : meeting.participants) {
            byParticipant.computeIfAbsent(participant, p -> new ArrayList<>()).add(meeting);
        }
    }

    void release(MeetingAssignment meeting) {
        Spot spot = placed.remove(meeting);
        freeSpots.add(spot);
        byTable.get(spot.table).remove(meeting);
        for (String participant : meeting.participants) {
            byParticipant.get(participant).remove(meeting);
        }
    }

    /**
     * Places the meeting at its first free spot; failing that, at the first spot where a single movable meeting is
     * in the way (at the table, or sharing a participant then) and that meeting has a free spot of its own to go
     * to. Returns whether it was placed; the others stay valid either way.
     */
    boolean place(MeetingAssignment meeting) {
        Spot free = firstFree(meeting);
        if (free != null) {
            take(meeting, free);
            return true;
        }
        if (freeSpots.isEmpty()) {
            // The meeting in the way would have nowhere to go.
            return false;
        }
        for (Spot spot : meeting.candidates) {
            MeetingAssignment other = onlyOneInTheWay(meeting, spot);
            if (other == null || other.pinned || !mayMoveToAFreeSpot(other)) {
                continue;
            }
            Spot was = placed.get(other);
            release(other);
            take(meeting, spot);
            Spot elsewhere = firstFree(other);
            if (elsewhere != null) {
                take(other, elsewhere);
                return true;
            }
            release(meeting);
            take(other, was);
        }
        return false;
    }

    /** The one meeting in the way of placing the meeting at the spot, or null if none or several are. */
    @Nullable
    private MeetingAssignment onlyOneInTheWay(MeetingAssignment meeting, Spot spot) {
        MeetingAssignment found = onlyOne(byTable.get(spot.table), spot, null);
        if (found == NONE_OR_SEVERAL) {
            return null;
        }
        for (String participant : meeting.participants) {
            found = onlyOne(byParticipant.get(participant), spot, found);
            if (found == NONE_OR_SEVERAL) {
                return null;
            }
        }
        return found;
    }

    /** Whether a free spot is among the meeting's candidates at all (who is free then is checked later). */
    private boolean mayMoveToAFreeSpot(MeetingAssignment meeting) {
        for (Spot free : freeSpots) {
            if (meeting.rankOf(free) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final MeetingAssignment NONE_OR_SEVERAL = new MeetingAssignment();

    private MeetingAssignment onlyOne(
            @Nullable List<MeetingAssignment> meetings, Spot spot, @Nullable MeetingAssignment found) {
        if (meetings != null) {
            for (MeetingAssignment other : meetings) {
                if (placed.get(other).overlaps(spot)) {
                    if (found != null && found != other) {
                        return NONE_OR_SEVERAL;
                    }
                    found = other;
                }
            }
        }
        return found;
    }

    /** Whether none of these meetings overlaps the spot. */
    private static boolean noneOverlap(
            @Nullable List<MeetingAssignment> meetings, Spot spot, Map<MeetingAssignment, Spot> placed) {
        if (meetings != null) {
            for (MeetingAssignment other : meetings) {
                if (placed.get(other).overlaps(spot)) {
                    return false;
                }
            }
        }
        return true;
    }
}
