package org.summit.exchanges.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.summit.exchanges.scheduling.ScheduleCheck.Rule;
import org.summit.exchanges.scheduling.ScheduleCheck.Violation;

/** The independent checker finds each broken rule in a result made by hand, and nothing in a sound one. */
class ScheduleCheckTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 15, 9, 0);

    private final Slot nine = new Slot("nine", "block", NINE, NINE.plusMinutes(30));
    private final Slot half = new Slot("half", "block", NINE.plusMinutes(30), NINE.plusMinutes(60));
    private final Slot elsewhere = new Slot("elsewhere", "other", NINE.plusMinutes(15), NINE.plusMinutes(45));
    private final Table small = new Table("small", "block", 2, false);
    private final Table big = new Table("big", "block", 6, true);
    private final Table otherTable = new Table("other-table", "other", 6, false);

    private final Meeting pair = new Meeting("pair", Set.of("ann", "bob"), false, List.of(), null, null);
    private final Meeting trio = new Meeting("trio", Set.of("cid", "dan", "eve"), false, List.of(), null, null);
    private final Meeting interpreted = new Meeting("interpreted", Set.of("fay", "gus"), true, List.of(), null, null);
    private final Meeting pinned =
            new Meeting("pinned", Set.of("hal", "ivy"), false, List.of(), new Placement("half", "big"), null);
    private final Meeting annAgain = new Meeting("ann-again", Set.of("ann", "jon"), false, List.of(), null, null);

    private final SchedulingProblem problem = new SchedulingProblem(
            List.of(pair, trio, interpreted, pinned, annAgain),
            List.of(nine, half, elsewhere),
            List.of(small, big, otherTable),
            List.of(new Busy("dan", NINE.plusMinutes(40), NINE.plusMinutes(90), "panel")));

    private static SchedulingResult result(Map<String, Placement> placements, List<Unplaced> unplaced) {
        return new SchedulingResult(placements, unplaced, 0, -unplaced.size(), 0, Duration.ZERO, false);
    }

    private static Map<String, Placement> places(String... meetingSlotTable) {
        Map<String, Placement> places = new LinkedHashMap<>();
        for (int i = 0; i < meetingSlotTable.length; i += 3) {
            places.put(meetingSlotTable[i], new Placement(meetingSlotTable[i + 1], meetingSlotTable[i + 2]));
        }
        return places;
    }

    private List<Rule> rulesBrokenBy(SchedulingResult result) {
        return ScheduleCheck.check(problem, result).stream()
                .map(Violation::rule)
                .toList();
    }

    @Test
    void findsNothingWrongWithASoundSchedule() {
        SchedulingResult sound = result(
                places(
                        "pair",
                        "nine",
                        "small",
                        "trio",
                        "nine",
                        "big",
                        "pinned",
                        "half",
                        "big",
                        "ann-again",
                        "half",
                        "small"),
                List.of(new Unplaced("interpreted", Unplaced.NO_ROOM)));

        assertThat(ScheduleCheck.check(problem, sound)).isEmpty();
    }

    @Test
    void findsAParticipantInTwoMeetingsAtOnce() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "nine", "small", "ann-again", "nine", "big"),
                        List.of(
                                new Unplaced("trio", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x")))))
                .containsExactly(Rule.PARTICIPANT_IN_TWO_MEETINGS);
    }

    @Test
    void findsAParticipantInTwoMeetingsInOverlappingSlotsOfDifferentBlocks() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "half", "small", "ann-again", "elsewhere", "other-table"),
                        List.of(
                                new Unplaced("trio", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x")))))
                .containsExactly(Rule.PARTICIPANT_IN_TWO_MEETINGS);
    }

    @Test
    void findsAMeetingOverAParticipantsSession() {
        assertThat(rulesBrokenBy(result(
                        places("trio", "half", "big"),
                        List.of(
                                new Unplaced("pair", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.PARTICIPANT_BUSY);
    }

    @Test
    void findsTwoMeetingsAtOneTable() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "nine", "big", "trio", "nine", "big"),
                        List.of(
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.TABLE_TAKEN_TWICE);
    }

    @Test
    void findsATableTooSmall() {
        assertThat(rulesBrokenBy(result(
                        places("trio", "nine", "small"),
                        List.of(
                                new Unplaced("pair", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.TABLE_TOO_SMALL);
    }

    @Test
    void findsInterpretationMissing() {
        assertThat(rulesBrokenBy(result(
                        places("interpreted", "nine", "small"),
                        List.of(
                                new Unplaced("pair", "x"),
                                new Unplaced("trio", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.INTERPRETATION_MISSING);
    }

    @Test
    void findsATableUsedInASlotOfAnotherBlock() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "elsewhere", "big"),
                        List.of(
                                new Unplaced("trio", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.TABLE_OUTSIDE_ITS_BLOCK);
    }

    @Test
    void findsAPinnedMeetingMoved() {
        assertThat(rulesBrokenBy(result(
                        places("pinned", "nine", "big"),
                        List.of(
                                new Unplaced("pair", "x"),
                                new Unplaced("trio", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.PINNED_MOVED);
    }

    @Test
    void findsAPlaceThatDoesNotExist() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "midnight", "small"),
                        List.of(
                                new Unplaced("trio", "x"),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x"),
                                new Unplaced("ann-again", "x")))))
                .containsExactly(Rule.UNKNOWN_PLACE);
    }

    @Test
    void findsMeetingsMissingListedTwiceOrUnknownAndReasonsMissing() {
        assertThat(rulesBrokenBy(result(
                        places("pair", "nine", "small", "ghost", "half", "small"),
                        List.of(
                                new Unplaced("pair", "x"),
                                new Unplaced("trio", " "),
                                new Unplaced("interpreted", "x"),
                                new Unplaced("pinned", "x")))))
                .containsExactlyInAnyOrder(
                        Rule.REASON_MISSING,
                        Rule.UNKNOWN_MEETING,
                        Rule.MEETING_MISSING_OR_TWICE,
                        Rule.MEETING_MISSING_OR_TWICE);
    }
}
