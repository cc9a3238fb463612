package org.summit.exchanges.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a scheduling result against its problem, rule by rule, and lists every rule it breaks. Written apart from the
 * solver on purpose (plain loops over the problem's own records, none of the solver's constraints or model), so that
 * a mistake in the solver's rules cannot hide itself: tests and the benchmark judge the solver by it, and anyone can
 * run it over a schedule the API returns.
 */
public final class ScheduleCheck {

    /** The rules a result can break. */
    public enum Rule {
        /** A placement or an unplaced entry names a meeting the problem does not have. */
        UNKNOWN_MEETING,
        /** A meeting is neither placed nor listed as unplaced, or listed twice. */
        MEETING_MISSING_OR_TWICE,
        /** A placement names a slot or a table the problem does not have. */
        UNKNOWN_PLACE,
        /** A table is used in a slot of another block. */
        TABLE_OUTSIDE_ITS_BLOCK,
        /** A table has fewer seats than the meeting's participants. */
        TABLE_TOO_SMALL,
        /** A meeting that asks for interpretation sits at a table without it. */
        INTERPRETATION_MISSING,
        /** Two meetings at one table at overlapping times. */
        TABLE_TAKEN_TWICE,
        /** A participant in two meetings at overlapping times. */
        PARTICIPANT_IN_TWO_MEETINGS,
        /** A meeting overlaps an agenda session of one of its participants. */
        PARTICIPANT_BUSY,
        /** A pinned meeting placed elsewhere than its pin. */
        PINNED_MOVED,
        /** An unplaced meeting without a reason code. */
        REASON_MISSING
    }

    /** One broken rule and what breaks it. */
    public record Violation(Rule rule, String detail) {}

    private ScheduleCheck() {}

    public static List<Violation> check(SchedulingProblem problem, SchedulingResult result) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Meeting> meetings = new HashMap<>();
        problem.meetings().forEach(meeting -> meetings.put(meeting.id(), meeting));
        Map<String, Slot> slots = new HashMap<>();
        problem.slots().forEach(slot -> slots.put(slot.id(), slot));
        Map<String, Table> tables = new HashMap<>();
        problem.tables().forEach(table -> tables.put(table.id(), table));

        Map<String, Integer> mentions = new HashMap<>();
        for (String id : result.placements().keySet()) {
            mentions.merge(id, 1, Integer::sum);
        }
        for (Unplaced unplaced : result.unplaced()) {
            mentions.merge(unplaced.meetingId(), 1, Integer::sum);
            if (unplaced.reason() == null || unplaced.reason().isBlank()) {
                violations.add(new Violation(Rule.REASON_MISSING, unplaced.meetingId()));
            }
        }
        for (String id : mentions.keySet()) {
            if (!meetings.containsKey(id)) {
                violations.add(new Violation(Rule.UNKNOWN_MEETING, id));
            }
        }
        for (Meeting meeting : problem.meetings()) {
            int times = mentions.getOrDefault(meeting.id(), 0);
            if (times != 1) {
                violations.add(new Violation(
                        Rule.MEETING_MISSING_OR_TWICE, meeting.id() + " is placed or left out " + times + " times"));
            }
        }

        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<String, Placement> entry : result.placements().entrySet()) {
            Meeting meeting = meetings.get(entry.getKey());
            Placement placement = entry.getValue();
            Slot slot = slots.get(placement.slotId());
            Table table = tables.get(placement.tableId());
            if (meeting == null) {
                continue;
            }
            if (slot == null || table == null) {
                violations.add(new Violation(Rule.UNKNOWN_PLACE, meeting.id() + " at " + placement));
                continue;
            }
            placed.add(new Placed(meeting, slot, table));
            if (!table.blockId().equals(slot.blockId())) {
                violations.add(new Violation(
                        Rule.TABLE_OUTSIDE_ITS_BLOCK,
                        meeting.id() + ": table " + table.id() + " of block " + table.blockId() + " in slot "
                                + slot.id() + " of block " + slot.blockId()));
            }
            if (table.capacity() < meeting.participantIds().size()) {
                violations.add(new Violation(
                        Rule.TABLE_TOO_SMALL,
                        meeting.id() + ": " + meeting.participantIds().size() + " participants at table " + table.id()
                                + " of " + table.capacity()));
            }
            if (meeting.interpretation() && !table.interpretation()) {
                violations.add(new Violation(Rule.INTERPRETATION_MISSING, meeting.id() + " at table " + table.id()));
            }
            if (meeting.pinned() != null && !meeting.pinned().equals(placement)) {
                violations.add(new Violation(
                        Rule.PINNED_MOVED, meeting.id() + " pinned to " + meeting.pinned() + ", at " + placement));
            }
            for (Busy busy : problem.busy()) {
                if (meeting.participantIds().contains(busy.participantId())
                        && overlap(slot.startsAt(), slot.endsAt(), busy.startsAt(), busy.endsAt())) {
                    violations.add(new Violation(
                            Rule.PARTICIPANT_BUSY,
                            meeting.id() + " at " + slot.id() + ": " + busy.participantId() + " is in session "
                                    + busy.sessionId()));
                }
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Placed a = placed.get(i);
                Placed b = placed.get(j);
                if (!overlap(a.slot.startsAt(), a.slot.endsAt(), b.slot.startsAt(), b.slot.endsAt())) {
                    continue;
                }
                if (a.table.id().equals(b.table.id())) {
                    violations.add(new Violation(
                            Rule.TABLE_TAKEN_TWICE,
                            a.meeting.id() + " and " + b.meeting.id() + " at table " + a.table.id()));
                }
                Set<String> both = new HashSet<>(a.meeting.participantIds());
                both.retainAll(b.meeting.participantIds());
                if (!both.isEmpty()) {
                    violations.add(new Violation(
                            Rule.PARTICIPANT_IN_TWO_MEETINGS,
                            both + " in " + a.meeting.id() + " and " + b.meeting.id()));
                }
            }
        }
        return violations;
    }

    private static boolean overlap(LocalDateTime aStart, LocalDateTime aEnd, LocalDateTime bStart, LocalDateTime bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    private record Placed(Meeting meeting, Slot slot, Table table) {}
}
