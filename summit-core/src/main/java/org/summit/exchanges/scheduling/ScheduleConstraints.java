package org.summit.exchanges.scheduling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of an exchange schedule as the solver scores them. Hard: what a schedule may never do. Medium: each
 * meeting left out (so the solver places as many as it can before it looks at preferences). Soft: the wishes.
 * Public only because the solver creates it by reflection; nothing outside this package has a use for it.
 */
public final class ScheduleConstraints implements ConstraintProvider {

    /** A preferred time missed weighs less than moving a meeting people were already told about. */
    static final long PREFERENCE_MISSED = 10;

    static final long MOVED_IN_TIME = 20;
    static final long MOVED_TO_ANOTHER_TABLE = 5;
    static final long BACK_TO_BACK = 1;

    public ScheduleConstraints() {}

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            participantInTwoMeetings(factory),
            participantBusy(factory),
            tableTakenTwice(factory),
            tableTooSmall(factory),
            interpretationMissing(factory),
            tableOutsideItsBlock(factory),
            meetingUnplaced(factory),
            preferredTimeMissed(factory),
            movedFromCurrentPlace(factory),
            participantBackToBack(factory),
        };
    }

    Constraint participantInTwoMeetings(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        MeetingAssignment.class,
                        Joiners.equal(MeetingAssignment::timeCluster),
                        Joiners.filtering((a, b) -> a.sharesParticipantWith(b) && a.spot.overlaps(b.spot)))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("participant in two meetings at once");
    }

    Constraint participantBusy(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.sessionsOverlapped() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, MeetingAssignment::sessionsOverlapped)
                .asConstraint("participant in an agenda session");
    }

    Constraint tableTakenTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        MeetingAssignment.class,
                        Joiners.equal(meeting -> meeting.spot.tableIndex),
                        Joiners.equal(MeetingAssignment::timeCluster),
                        Joiners.filtering((a, b) -> a.spot.overlaps(b.spot)))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("two meetings at one table");
    }

    Constraint tableTooSmall(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> !meeting.fitsTable())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, meeting -> meeting.size - meeting.spot.capacity())
                .asConstraint("table too small");
    }

    Constraint interpretationMissing(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(MeetingAssignment::interpretationMissing)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("interpretation missing");
    }

    Constraint tableOutsideItsBlock(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> !meeting.spot.tableInItsOwnBlock())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint("table used outside its block");
    }

    Constraint meetingUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(meeting -> meeting.spot == null)
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("meeting not placed");
    }

    /**
     * A meeting left out misses its preferred time too: otherwise, with more meetings than places, the solver would
     * rather place those that state no preference than those whose preference it cannot meet.
     */
    Constraint preferredTimeMissed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(MeetingAssignment::preferenceMissed)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, meeting -> PREFERENCE_MISSED)
                .asConstraint("preferred time missed");
    }

    /**
     * Moving a meeting people were told about costs; losing its place costs as much as moving it in time (besides
     * the medium level), so that a re-run keeps the meetings it has rather than swapping in others.
     */
    Constraint movedFromCurrentPlace(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MeetingAssignment.class)
                .filter(meeting -> meeting.hasCurrent()
                        && (meeting.spot == null || meeting.movedInTime() || meeting.movedToAnotherTableOnly()))
                .penalizeLong(
                        HardMediumSoftLongScore.ONE_SOFT,
                        meeting ->
                                meeting.spot == null || meeting.movedInTime() ? MOVED_IN_TIME : MOVED_TO_ANOTHER_TABLE)
                .asConstraint("moved from its current place");
    }

    /** Spreads each delegate's meetings: one straight after another leaves no time to walk, brief or rest. */
    Constraint participantBackToBack(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .join(
                        MeetingAssignment.class,
                        Joiners.equal(MeetingAssignment::end, MeetingAssignment::start),
                        Joiners.filtering(MeetingAssignment::sharesParticipantWith))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (a, b) -> BACK_TO_BACK)
                .asConstraint("participant back to back");
    }
}
