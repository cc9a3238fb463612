package org.summit.exchanges.scheduling;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule of the solver's score on its own, on meetings placed by hand. */
class ScheduleConstraintsTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 15, 9, 0);

    private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
            ConstraintVerifier.build(new ScheduleConstraints(), Schedule.class, MeetingAssignment.class);

    private final Slot nine = new Slot("nine", "block", NINE, NINE.plusMinutes(30));
    private final Slot half = new Slot("half", "block", NINE.plusMinutes(30), NINE.plusMinutes(60));
    private final Slot ten = new Slot("ten", "block", NINE.plusMinutes(60), NINE.plusMinutes(90));
    private final Slot otherBlockNine = new Slot("other-nine", "other", NINE, NINE.plusMinutes(30));
    private final Slot otherBlockLong = new Slot("other-long", "other", NINE.plusMinutes(15), NINE.plusMinutes(60));
    private final Table small = new Table("small", "block", 4, false);
    private final Table big = new Table("big", "block", 8, true);
    private final Table otherTable = new Table("other-table", "other", 8, false);
    private final List<Spot> spots = new ArrayList<>();

    private Spot spot(Slot slot, Table table) {
        Spot spot = new Spot(spots.size(), slot, table);
        spots.add(spot);
        Spot.index(spots);
        return spot;
    }

    private final List<MeetingAssignment> meetings = new ArrayList<>();

    private MeetingAssignment meeting(String id, Spot spot, String... participants) {
        MeetingAssignment meeting = new MeetingAssignment(id, meetings.size(), Set.of(participants), false);
        meeting.spot = spot;
        meetings.add(meeting);
        MeetingAssignment.linkSharedParticipants(meetings);
        return meeting;
    }

    @Test
    void aParticipantInTwoMeetingsAtOnceIsHard() {
        MeetingAssignment a = meeting("a", spot(nine, small), "ann", "bob");
        MeetingAssignment b = meeting("b", spot(nine, big), "bob", "cid");
        MeetingAssignment c = meeting("c", spot(half, small), "ann", "bob");

        verifier.verifyThat(ScheduleConstraints::participantInTwoMeetings)
                .given(a, b, c)
                .penalizesBy(1);
    }

    @Test
    void meetingsOfOneParticipantInOverlappingSlotsOfTwoBlocksAreHard() {
        MeetingAssignment a = meeting("a", spot(half, small), "ann", "bob");
        MeetingAssignment b = meeting("b", spot(otherBlockLong, otherTable), "ann", "cid");
        MeetingAssignment apart = meeting("c", spot(ten, small), "ann", "dan");

        verifier.verifyThat(ScheduleConstraints::participantInTwoMeetings)
                .given(a, b, apart)
                .penalizesBy(1);
    }

    @Test
    void meetingsWithoutACommonParticipantMayShareATime() {
        MeetingAssignment a = meeting("a", spot(nine, small), "ann", "bob");
        MeetingAssignment b = meeting("b", spot(nine, big), "cid", "dan");

        verifier.verifyThat(ScheduleConstraints::participantInTwoMeetings)
                .given(a, b)
                .penalizesBy(0);
    }

    @Test
    void aMeetingOverAParticipantsSessionIsHard() {
        MeetingAssignment a = meeting("a", spot(nine, small), "ann", "bob");
        MeetingAssignment free = meeting("b", spot(ten, small), "ann", "bob");
        List<BusyTime> busy = List.of(
                BusyTime.of(new Busy("bob", NINE.minusMinutes(30), NINE.plusMinutes(15), "opening")),
                BusyTime.of(new Busy("ann", NINE.plusMinutes(20), NINE.plusMinutes(60), "panel")),
                BusyTime.of(new Busy("zoe", NINE, NINE.plusHours(3), "keynote")));
        MeetingAssignment.linkSessions(meetings, busy);

        verifier.verifyThat(ScheduleConstraints::participantBusy).given(a, free).penalizesBy(2);
    }

    @Test
    void twoMeetingsAtOneTableAtOnceIsHard() {
        Spot place = spot(nine, small);
        MeetingAssignment a = meeting("a", place, "ann");
        MeetingAssignment b = meeting("b", place, "bob");
        MeetingAssignment c = meeting("c", spot(nine, big), "cid");
        MeetingAssignment d = meeting("d", spot(half, small), "dan");

        verifier.verifyThat(ScheduleConstraints::tableTakenTwice)
                .given(a, b, c, d)
                .penalizesBy(1);
    }

    @Test
    void aTableTooSmallIsHardByTheSeatsMissing() {
        MeetingAssignment six = meeting("six", spot(nine, small), "a", "b", "c", "d", "e", "f");
        MeetingAssignment four = meeting("four", spot(half, small), "a", "b", "c", "d");

        verifier.verifyThat(ScheduleConstraints::tableTooSmall).given(six, four).penalizesBy(2);
    }

    @Test
    void interpretationAskedForAndMissingIsHard() {
        MeetingAssignment without = meeting("without", spot(nine, small), "ann");
        without.interpretation = true;
        MeetingAssignment with = meeting("with", spot(nine, big), "bob");
        with.interpretation = true;
        MeetingAssignment notAsked = meeting("not-asked", spot(half, small), "cid");

        verifier.verifyThat(ScheduleConstraints::interpretationMissing)
                .given(without, with, notAsked)
                .penalizesBy(1);
    }

    @Test
    void aTableInASlotOfAnotherBlockIsHard() {
        MeetingAssignment astray = meeting("astray", spot(otherBlockNine, small), "ann");
        MeetingAssignment home = meeting("home", spot(otherBlockNine, otherTable), "bob");

        verifier.verifyThat(ScheduleConstraints::tableOutsideItsBlock)
                .given(astray, home)
                .penalizesBy(1);
    }

    @Test
    void eachMeetingLeftOutCostsOneMedium() {
        MeetingAssignment placed = meeting("placed", spot(nine, small), "ann");
        MeetingAssignment out = meeting("out", null, "bob");
        MeetingAssignment alsoOut = meeting("also-out", null, "cid");

        verifier.verifyThat(ScheduleConstraints::meetingUnplaced)
                .given(placed, out, alsoOut)
                .penalizesBy(2);
    }

    @Test
    void aPreferredTimeMissedCostsAlsoWhenTheMeetingIsLeftOut() {
        List<TimeRange> morning = List.of(new TimeRange(NINE, NINE.plusMinutes(60)));
        MeetingAssignment honoured = meeting("honoured", spot(half, small), "ann");
        honoured.prefer(morning);
        MeetingAssignment missed = meeting("missed", spot(ten, small), "bob");
        missed.prefer(morning);
        MeetingAssignment out = meeting("out", null, "cid");
        out.prefer(morning);
        MeetingAssignment indifferent = meeting("indifferent", spot(ten, big), "dan");

        verifier.verifyThat(ScheduleConstraints::preferredTimeMissed)
                .given(honoured, missed, out, indifferent)
                .penalizesBy(2 * ScheduleConstraints.PREFERENCE_MISSED);
    }

    @Test
    void movingAMeetingFromItsCurrentPlaceCostsMoreInTimeThanToAnotherTable() {
        MeetingAssignment stays = meeting("stays", spot(nine, small), "ann");
        stays.currentSlotId = "nine";
        stays.currentTableId = "small";
        MeetingAssignment otherTable = meeting("other-table", spot(nine, big), "bob");
        otherTable.currentSlotId = "nine";
        otherTable.currentTableId = "small";
        MeetingAssignment otherTime = meeting("other-time", spot(ten, big), "cid");
        otherTime.currentSlotId = "nine";
        otherTime.currentTableId = "big";
        MeetingAssignment lost = meeting("lost", null, "dan");
        lost.currentSlotId = "half";
        lost.currentTableId = "big";
        MeetingAssignment fresh = meeting("fresh", spot(half, small), "eve");

        verifier.verifyThat(ScheduleConstraints::movedFromCurrentPlace)
                .given(stays, otherTable, otherTime, lost, fresh)
                .penalizesBy(ScheduleConstraints.MOVED_TO_ANOTHER_TABLE + 2 * ScheduleConstraints.MOVED_IN_TIME);
    }

    @Test
    void aParticipantsMeetingsStraightAfterEachOtherCostALittle() {
        MeetingAssignment first = meeting("first", spot(nine, small), "ann", "bob");
        MeetingAssignment next = meeting("next", spot(half, small), "bob");
        MeetingAssignment afterABreak = meeting("after-a-break", spot(ten, big), "ann");
        MeetingAssignment others = meeting("others", spot(half, big), "cid");

        verifier.verifyThat(ScheduleConstraints::participantBackToBack)
                .given(first, next, afterABreak, others)
                .penalizesBy(ScheduleConstraints.BACK_TO_BACK);
    }
}
