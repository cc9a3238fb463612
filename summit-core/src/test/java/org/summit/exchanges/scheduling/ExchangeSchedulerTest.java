package org.summit.exchanges.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Small schedules whose best answer is known, solved for real (with the solver asserting its incremental score
 * against a full recalculation at every move), and every result judged by the independent {@link ScheduleCheck}.
 */
class ExchangeSchedulerTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 15, 9, 0);

    /** Stops after half a second without improvement: these problems are solved at once or not at all. */
    private final ExchangeScheduler scheduler =
            new ExchangeScheduler(Duration.ofMinutes(1), Duration.ofMillis(500), EnvironmentMode.FULL_ASSERT);

    private final List<Slot> slots = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Busy> busy = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();

    private Slot slot(String id, int halfHoursAfterNine) {
        LocalDateTime start = NINE.plusMinutes(30L * halfHoursAfterNine);
        Slot slot = new Slot(id, "block", start, start.plusMinutes(30));
        slots.add(slot);
        return slot;
    }

    private Table table(String id, int capacity, boolean interpretation) {
        Table table = new Table(id, "block", capacity, interpretation);
        tables.add(table);
        return table;
    }

    private Meeting meeting(String id, String... participants) {
        return add(new Meeting(id, Set.of(participants), false, List.of(), null, null));
    }

    private Meeting add(Meeting meeting) {
        meetings.add(meeting);
        return meeting;
    }

    private SchedulingProblem problem() {
        return new SchedulingProblem(meetings, slots, tables, busy);
    }

    private SchedulingResult solve() {
        SchedulingProblem problem = problem();
        SchedulingResult result = scheduler.solve(problem, progress -> {}, () -> false);
        assertThat(ScheduleCheck.check(problem, result)).isEmpty();
        assertThat(result.hard()).isZero();
        assertThat(result.medium()).isEqualTo(-result.unplaced().size());
        assertThat(result.cancelled()).isFalse();
        return result;
    }

    @Test
    void placesEveryMeetingWhenAllFit() {
        slot("s1", 0);
        slot("s2", 1);
        slot("s3", 2);
        table("t1", 4, false);
        table("t2", 6, true);
        meeting("m1", "ann", "bob");
        meeting("m2", "ann", "cid");
        meeting("m3", "bob", "cid");
        meeting("m4", "dan", "eve", "fay", "gus", "hal");
        meeting("m5", "ann", "dan");

        SchedulingResult result = solve();

        assertThat(result.placements()).containsOnlyKeys("m1", "m2", "m3", "m4", "m5");
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.medium()).isZero();
        assertThat(result.placements().get("m4").tableId()).isEqualTo("t2");
    }

    @Test
    void aSessionOfAParticipantPutsTheMeetingAtAnotherTime() {
        slot("s1", 0);
        slot("s2", 1);
        slot("s3", 2);
        table("t1", 4, false);
        meeting("m1", "ann", "bob");
        busy.add(new Busy("bob", NINE, NINE.plusMinutes(30), "opening"));
        busy.add(new Busy("ann", NINE.plusMinutes(60), NINE.plusMinutes(75), "panel"));

        SchedulingResult result = solve();

        assertThat(result.placements()).containsEntry("m1", new Placement("s2", "t1"));
    }

    @Test
    void aMeetingNoTableSeatsIsLeftOutAsTooLarge() {
        slot("s1", 0);
        table("t1", 4, false);
        table("t2", 5, true);
        meeting("crowd", "a", "b", "c", "d", "e", "f");
        meeting("pair", "g", "h");

        SchedulingResult result = solve();

        assertThat(result.unplaced()).containsExactly(new Unplaced("crowd", Unplaced.TOO_LARGE));
        assertThat(result.placements()).containsOnlyKeys("pair");
    }

    @Test
    void aMeetingNeedingInterpretationWithoutATableForItIsLeftOutSayingSo() {
        slot("s1", 0);
        table("interpreted", 4, true);
        table("plain", 8, false);
        add(new Meeting("m1", Set.of("a", "b", "c", "d", "e"), true, List.of(), null, null));

        SchedulingResult result = solve();

        assertThat(result.unplaced()).containsExactly(new Unplaced("m1", Unplaced.NO_INTERPRETATION));
    }

    @Test
    void aMeetingWhoseParticipantsAreInSessionsAtEverySlotIsLeftOutAsBusy() {
        slot("s1", 0);
        slot("s2", 1);
        table("t1", 4, false);
        meeting("m1", "ann", "bob");
        busy.add(new Busy("ann", NINE, NINE.plusMinutes(30), "opening"));
        busy.add(new Busy("bob", NINE.plusMinutes(30), NINE.plusMinutes(60), "panel"));

        SchedulingResult result = solve();

        assertThat(result.unplaced()).containsExactly(new Unplaced("m1", Unplaced.PARTICIPANTS_BUSY));
    }

    @Test
    void aMeetingWhoseParticipantIsInAnotherMeetingAtEveryFreeTimeIsLeftOutAsBooked() {
        slot("s1", 0);
        table("t1", 4, false);
        table("t2", 4, false);
        meeting("m1", "ann", "bob");
        meeting("m2", "ann", "cid");

        SchedulingResult result = solve();

        assertThat(result.placements()).hasSize(1);
        assertThat(result.unplaced())
                .singleElement()
                .extracting(Unplaced::reason)
                .isEqualTo(Unplaced.PARTICIPANTS_BOOKED);
    }

    @Test
    void aMeetingForWhichEveryTableIsTakenIsLeftOutForWantOfRoom() {
        slot("s1", 0);
        table("t1", 4, false);
        meeting("m1", "ann", "bob");
        meeting("m2", "cid", "dan");

        SchedulingResult result = solve();

        assertThat(result.placements()).hasSize(1);
        assertThat(result.unplaced())
                .singleElement()
                .extracting(Unplaced::reason)
                .isEqualTo(Unplaced.NO_ROOM);
    }

    @Test
    void aTableIsUsedOnlyInTheSlotsOfItsOwnBlock() {
        slot("s1", 0);
        tables.add(new Table("elsewhere", "another block", 10, true));
        table("t1", 2, false);
        meeting("pair", "ann", "bob");
        meeting("trio", "cid", "dan", "eve");

        SchedulingResult result = solve();

        assertThat(result.placements()).containsOnly(Map.entry("pair", new Placement("s1", "t1")));
        assertThat(result.unplaced()).containsExactly(new Unplaced("trio", Unplaced.NO_ROOM));
    }

    @Test
    void aPinnedMeetingStaysWhereItIsPinnedEvenAgainstItsPreference() {
        slot("s1", 0);
        slot("s2", 1);
        table("t1", 4, false);
        table("t2", 4, false);
        Placement pin = new Placement("s2", "t2");
        add(new Meeting(
                "pinned", Set.of("ann", "bob"), false, List.of(new TimeRange(NINE, NINE.plusMinutes(30))), pin, null));
        meeting("other", "ann", "cid");

        SchedulingResult result = solve();

        assertThat(result.placements()).containsEntry("pinned", pin);
        assertThat(result.placements().get("other").slotId()).isEqualTo("s1");
    }

    @Test
    void aPinThatCannotHoldLeavesTheMeetingOutRatherThanMovingIt() {
        slot("s1", 0);
        slot("s2", 1);
        table("t1", 2, false);
        table("t2", 4, false);
        add(new Meeting("too-small", Set.of("a", "b", "c"), false, List.of(), new Placement("s1", "t1"), null));
        add(new Meeting("gone", Set.of("d", "e"), false, List.of(), new Placement("removed", "t1"), null));
        add(new Meeting("first", Set.of("f", "g"), false, List.of(), new Placement("s2", "t2"), null));
        add(new Meeting("same-place", Set.of("h", "i"), false, List.of(), new Placement("s2", "t2"), null));
        add(new Meeting("busy", Set.of("j", "k"), false, List.of(), new Placement("s1", "t2"), null));
        busy.add(new Busy("k", NINE, NINE.plusMinutes(30), "opening"));

        SchedulingResult result = solve();

        assertThat(result.placements()).containsOnly(Map.entry("first", new Placement("s2", "t2")));
        assertThat(result.unplaced())
                .extracting(Unplaced::meetingId, Unplaced::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("too-small", Unplaced.PINNED_INVALID),
                        org.assertj.core.groups.Tuple.tuple("gone", Unplaced.PINNED_INVALID),
                        org.assertj.core.groups.Tuple.tuple("same-place", Unplaced.PINNED_INVALID),
                        org.assertj.core.groups.Tuple.tuple("busy", Unplaced.PINNED_INVALID));
    }

    @Test
    void aPreferredTimeIsHonouredWhenItCanBe() {
        slot("s1", 0);
        slot("s2", 1);
        slot("s3", 2);
        table("t1", 4, false);
        add(new Meeting(
                "m1",
                Set.of("ann", "bob"),
                false,
                List.of(new TimeRange(NINE.plusMinutes(60), NINE.plusMinutes(120))),
                null,
                null));
        add(new Meeting(
                "m2",
                Set.of("cid", "dan"),
                false,
                List.of(new TimeRange(NINE.plusMinutes(30), NINE.plusMinutes(90))),
                null,
                null));

        SchedulingResult result = solve();

        assertThat(result.placements())
                .containsOnly(Map.entry("m1", new Placement("s3", "t1")), Map.entry("m2", new Placement("s2", "t1")));
        assertThat(result.soft()).isZero();
    }

    @Test
    void aRerunKeepsMeetingsWhereTheyAreRatherThanSwappingInOthers() {
        slot("s1", 0);
        table("t1", 4, false);
        meeting("newcomer", "ann", "bob");
        add(new Meeting("settled", Set.of("cid", "dan"), false, List.of(), null, new Placement("s1", "t1")));

        SchedulingResult result = solve();

        assertThat(result.placements()).containsOnly(Map.entry("settled", new Placement("s1", "t1")));
        assertThat(result.unplaced()).containsExactly(new Unplaced("newcomer", Unplaced.NO_ROOM));
    }

    @Test
    void reportsProgressUpToTheScheduleItReturns() {
        slot("s1", 0);
        slot("s2", 1);
        table("t1", 4, false);
        meeting("m1", "ann", "bob");
        meeting("m2", "ann", "cid");
        meeting("crowd", "a", "b", "c", "d", "e");
        List<Progress> reports = new ArrayList<>();

        SchedulingResult result = scheduler.solve(problem(), reports::add, () -> false);

        assertThat(reports)
                .isNotEmpty()
                .allSatisfy(progress -> assertThat(progress.total()).isEqualTo(3));
        Progress last = reports.get(reports.size() - 1);
        assertThat(last.placed()).isEqualTo(2).isEqualTo(result.placements().size());
        assertThat(last.medium()).isEqualTo(-1).isEqualTo(result.medium());
        assertThat(last.hard()).isZero();
    }

    @Test
    void aRandomSummitIsScheduledWithoutBreakingARuleAndNoMeetingLeftOutCouldHaveBeenAdded() {
        RandomSummit summit = new RandomSummit(13);
        summit.cities = 20;
        summit.exchanges = 120;
        summit.slotsPerDay = 8;
        summit.tablesPerBlock = 6;
        summit.sessions = 60;
        summit.pinned = 5;
        SchedulingProblem problem = summit.generate();
        ExchangeScheduler quick =
                new ExchangeScheduler(Duration.ofMinutes(1), Duration.ofMillis(500), EnvironmentMode.PHASE_ASSERT);

        SchedulingResult result = quick.solve(problem, progress -> {}, () -> false);

        assertThat(ScheduleCheck.check(problem, result)).isEmpty();
        assertThat(result.placements()).hasSizeGreaterThan(50);
        assertThat(result.unplaced())
                .extracting(Unplaced::reason)
                .allMatch(reason -> reason.startsWith("exchange.unplaced."));
        for (Unplaced left : result.unplaced()) {
            Meeting meeting = problem.meetings().stream()
                    .filter(m -> m.id().equals(left.meetingId()))
                    .findFirst()
                    .orElseThrow();
            if (meeting.pinned() != null) {
                continue;
            }
            for (Slot slot : problem.slots()) {
                for (Table table : problem.tables()) {
                    if (!table.blockId().equals(slot.blockId())) {
                        continue;
                    }
                    Map<String, Placement> more = new java.util.HashMap<>(result.placements());
                    more.put(meeting.id(), new Placement(slot.id(), table.id()));
                    List<Unplaced> fewer = result.unplaced().stream()
                            .filter(u -> !u.meetingId().equals(meeting.id()))
                            .toList();
                    SchedulingResult added = new SchedulingResult(more, fewer, 0, 0, 0, result.took(), false);
                    assertThat(ScheduleCheck.check(problem, added))
                            .as("%s could have been placed at %s/%s", meeting.id(), slot.id(), table.id())
                            .isNotEmpty();
                }
            }
        }
    }

    @Test
    void cancellingStopsTheRunWithAValidScheduleAndSaysSo() {
        RandomSummit summit = new RandomSummit(7);
        summit.cities = 60;
        summit.exchanges = 600;
        summit.sessions = 300;
        SchedulingProblem problem = summit.generate();
        Duration limit = Duration.ofMinutes(5);
        ExchangeScheduler patient = new ExchangeScheduler(limit, limit, EnvironmentMode.PHASE_ASSERT);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger reports = new AtomicInteger();

        SchedulingResult result = patient.solve(
                problem,
                progress -> {
                    if (reports.incrementAndGet() == 3) {
                        stop.set(true);
                    }
                },
                stop::get);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.took()).isLessThan(limit);
        assertThat(ScheduleCheck.check(problem, result)).isEmpty();
        assertThat(result.placements().size() + result.unplaced().size()).isEqualTo(600);
    }

    @Test
    void cancelledBeforeItStartsItStillReturnsAValidSchedule() {
        slot("s1", 0);
        table("t1", 4, false);
        meeting("m1", "ann", "bob");

        SchedulingResult result = scheduler.solve(problem(), progress -> {}, () -> true);

        assertThat(result.cancelled()).isTrue();
        assertThat(ScheduleCheck.check(problem(), result)).isEmpty();
        assertThat(result.placements()).containsOnlyKeys("m1");
    }
}
