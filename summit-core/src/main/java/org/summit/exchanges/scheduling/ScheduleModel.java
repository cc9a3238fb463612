package org.summit.exchanges.scheduling;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem turned into what the solver works on: a spot for each table in each slot of its block, a planning entity
 * per meeting with the spots that suit it, and the pinned meetings checked (a pin that cannot be kept is left out,
 * never moved).
 */
final class ScheduleModel {

    final SchedulingProblem problem;
    final List<Spot> spots = new ArrayList<>();
    final List<BusyTime> busy = new ArrayList<>();
    final List<MeetingAssignment> meetings = new ArrayList<>();

    /** Meetings whose pin cannot be kept, never given to the solver. */
    final Set<MeetingAssignment> invalidPins = new HashSet<>();

    private final Map<String, Slot> slotsById = new HashMap<>();
    private final Map<String, Table> tablesById = new HashMap<>();
    private final Map<String, Spot> spotsByPlace = new HashMap<>();
    private final Occupancy pinnedOccupancy = new Occupancy();

    ScheduleModel(SchedulingProblem problem) {
        this.problem = problem;
        for (Slot slot : problem.slots()) {
            if (slotsById.put(slot.id(), slot) != null) {
                throw new IllegalArgumentException("two slots with id " + slot.id());
            }
        }
        Map<String, List<Table>> tablesByBlock = new LinkedHashMap<>();
        for (Table table : problem.tables()) {
            if (tablesById.put(table.id(), table) != null) {
                throw new IllegalArgumentException("two tables with id " + table.id());
            }
            tablesByBlock
                    .computeIfAbsent(table.blockId(), b -> new ArrayList<>())
                    .add(table);
        }
        for (int i = 0; i < problem.slots().size(); i++) {
            Slot slot = problem.slots().get(i);
            for (Table table : tablesByBlock.getOrDefault(slot.blockId(), List.of())) {
                Spot spot = new Spot(spots.size(), slot, table);
                spot.slotIndex = i;
                spots.add(spot);
                spotsByPlace.put(key(slot.id(), table.id()), spot);
            }
        }
        Spot.index(spots);
        for (Busy session : problem.busy()) {
            busy.add(BusyTime.of(session));
        }
        Set<String> ids = new HashSet<>();
        for (Meeting meeting : problem.meetings()) {
            if (!ids.add(meeting.id())) {
                throw new IllegalArgumentException("two meetings with id " + meeting.id());
            }
            MeetingAssignment assignment = new MeetingAssignment(
                    meeting.id(), meetings.size(), meeting.participantIds(), meeting.interpretation());
            assignment.prefer(meeting.preferred());
            if (meeting.current() != null) {
                assignment.currentSlotId = meeting.current().slotId();
                assignment.currentTableId = meeting.current().tableId();
            }
            meetings.add(assignment);
        }
        MeetingAssignment.linkSharedParticipants(meetings);
        MeetingAssignment.linkSessions(meetings, busy);
        for (int i = 0; i < meetings.size(); i++) {
            place(meetings.get(i), problem.meetings().get(i).pinned());
        }
    }

    private void place(MeetingAssignment assignment, @Nullable Placement pin) {
        if (pin == null) {
            assignment.candidates = candidates(assignment);
            return;
        }
        Spot pinned = spotsByPlace.get(key(pin.slotId(), pin.tableId()));
        if (pinned != null && suits(assignment, pinned) && pinnedOccupancy.free(assignment, pinned)) {
            pinnedOccupancy.take(assignment, pinned);
            assignment.pinned = true;
            assignment.spot = pinned;
            assignment.candidates = List.of(pinned);
        } else {
            invalidPins.add(assignment);
        }
    }

    /**
     * The spots that suit a meeting whatever the others do, best first: its current place, then its preferred
     * times, then the tables that waste the fewest seats and no interpretation it does not need (so that big
     * tables and interpreters stay free for those who need them), each meeting starting at another slot so that
     * the first choices spread over the day.
     */
    private List<Spot> candidates(MeetingAssignment meeting) {
        int slotCount = problem.slots().size();
        Boolean[] free = new Boolean[slotCount];
        List<Spot> suitable = new ArrayList<>();
        for (Spot spot : spots) {
            if (fits(meeting, spot.table)) {
                if (free[spot.slotIndex] == null) {
                    free[spot.slotIndex] = participantsFree(meeting, spot);
                }
                if (free[spot.slotIndex]) {
                    suitable.add(spot);
                }
            }
        }
        int shift = meeting.index * 7;
        suitable.sort(Comparator.<Spot>comparingInt(spot -> isCurrent(meeting, spot) ? 0 : 1)
                .thenComparingInt(spot -> meeting.preferredStarts.length == 0 || meeting.prefers(spot) ? 0 : 1)
                .thenComparingInt(spot -> waste(meeting, spot.table))
                .thenComparingInt(spot -> Math.floorMod(spot.slotIndex - shift, slotCount)));
        return List.copyOf(suitable);
    }

    private static boolean isCurrent(MeetingAssignment meeting, Spot spot) {
        return spot.slot.id().equals(meeting.currentSlotId) && spot.table.id().equals(meeting.currentTableId);
    }

    private static int waste(MeetingAssignment meeting, Table table) {
        int seats = table.capacity() - meeting.size;
        return table.interpretation() && !meeting.interpretation ? seats + 100 : seats;
    }

    /** Whether the spot suits the meeting whatever the other meetings do. */
    boolean suits(MeetingAssignment meeting, Spot spot) {
        return spot.tableInItsOwnBlock() && fits(meeting, spot.table) && participantsFree(meeting, spot);
    }

    static boolean fits(MeetingAssignment meeting, Table table) {
        return table.capacity() >= meeting.size && (!meeting.interpretation || table.interpretation());
    }

    boolean participantsFree(MeetingAssignment meeting, Spot spot) {
        for (BusyTime session : meeting.sessions) {
            if (spot.overlaps(session.start(), session.end())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a meeting is left out of a schedule that holds the others as {@code occupancy} says, in the order an
     * organiser would fix it: the tables, then the programme, then the other exchanges, then room.
     */
    String reasonLeftOut(MeetingAssignment meeting, Occupancy occupancy) {
        if (invalidPins.contains(meeting)) {
            return Unplaced.PINNED_INVALID;
        }
        if (problem.tables().stream().noneMatch(table -> table.capacity() >= meeting.size)) {
            return Unplaced.TOO_LARGE;
        }
        if (problem.tables().stream().noneMatch(table -> fits(meeting, table))) {
            return Unplaced.NO_INTERPRETATION;
        }
        if (meeting.candidates.isEmpty()) {
            return spots.stream().anyMatch(spot -> fits(meeting, spot.table))
                    ? Unplaced.PARTICIPANTS_BUSY
                    : Unplaced.NO_ROOM;
        }
        if (meeting.candidates.stream().noneMatch(spot -> occupancy.participantsFree(meeting, spot))) {
            return Unplaced.PARTICIPANTS_BOOKED;
        }
        return Unplaced.NO_ROOM;
    }

    private static String key(String slotId, String tableId) {
        return slotId + '\u0000' + tableId;
    }
}
