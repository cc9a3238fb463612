package org.summit.exchanges.scheduling;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The solver's planning entity: one meeting and the spot (slot and table) it sits in, or none. Its candidates are
 * only the spots that suit it whatever the others do (a table of the slot's block, big enough, with interpretation
 * if asked, at a time none of its participants is in a session), so the search never wastes moves on those; the
 * constraints still check every rule, since a pinned meeting keeps its spot whatever.
 */
@PlanningEntity(comparatorClass = MeetingAssignment.Difficulty.class)
final class MeetingAssignment {

    @PlanningId
    private String id;

    int index;
    Set<String> participants;
    int size;
    boolean interpretation;
    long[] preferredStarts = new long[0];
    long[] preferredEnds = new long[0];

    @Nullable
    String currentSlotId;

    @Nullable
    String currentTableId;

    /** Its participants' agenda sessions. */
    BusyTime[] sessions = new BusyTime[0];

    /** The indices of the meetings that share a participant with this one, as bits. */
    long[] sharing = new long[0];

    @PlanningPin
    boolean pinned;

    @ValueRangeProvider(id = "candidates")
    List<Spot> candidates = List.of();

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "candidates")
    @Nullable
    Spot spot;

    /** For the solver's cloning. */
    MeetingAssignment() {}

    MeetingAssignment(String id, int index, Set<String> participants, boolean interpretation) {
        this.id = id;
        this.index = index;
        this.participants = participants;
        this.size = participants.size();
        this.interpretation = interpretation;
    }

    String id() {
        return id;
    }

    long start() {
        return spot.start;
    }

    long end() {
        return spot.end;
    }

    int timeCluster() {
        return spot.timeCluster;
    }

    /** A copy for the solver's clones: the same facts, its own spot. */
    MeetingAssignment copy() {
        MeetingAssignment copy = new MeetingAssignment(id, index, participants, interpretation);
        copy.preferredStarts = preferredStarts;
        copy.preferredEnds = preferredEnds;
        copy.currentSlotId = currentSlotId;
        copy.currentTableId = currentTableId;
        copy.sharing = sharing;
        copy.sessions = sessions;
        copy.pinned = pinned;
        copy.candidates = candidates;
        copy.spot = spot;
        return copy;
    }

    boolean sharesParticipantWith(MeetingAssignment other) {
        int word = other.index >>> 6;
        return word < sharing.length && (sharing[word] & (1L << other.index)) != 0;
    }

    /** How many of its participants' sessions its spot overlaps (a session of two participants counts twice). */
    int sessionsOverlapped() {
        int overlapped = 0;
        for (BusyTime session : sessions) {
            if (spot.overlaps(session.start(), session.end())) {
                overlapped++;
            }
        }
        return overlapped;
    }

    boolean fitsTable() {
        return spot.capacity() >= size;
    }

    boolean interpretationMissing() {
        return interpretation && !spot.interpretation();
    }

    boolean preferenceMissed() {
        return preferredStarts.length > 0 && (spot == null || !prefers(spot));
    }

    boolean prefers(Spot candidate) {
        for (int i = 0; i < preferredStarts.length; i++) {
            if (preferredStarts[i] <= candidate.start && candidate.end <= preferredEnds[i]) {
                return true;
            }
        }
        return false;
    }

    boolean hasCurrent() {
        return currentSlotId != null;
    }

    boolean movedInTime() {
        return !spot.slot.id().equals(currentSlotId);
    }

    boolean movedToAnotherTableOnly() {
        return spot.slot.id().equals(currentSlotId) && !spot.table.id().equals(currentTableId);
    }

    void prefer(List<TimeRange> preferred) {
        preferredStarts = new long[preferred.size()];
        preferredEnds = new long[preferred.size()];
        for (int i = 0; i < preferred.size(); i++) {
            preferredStarts[i] = Times.seconds(preferred.get(i).startsAt());
            preferredEnds[i] = Times.seconds(preferred.get(i).endsAt());
        }
    }

    /** Gives every meeting its participants' agenda sessions. */
    static void linkSessions(List<MeetingAssignment> meetings, List<BusyTime> busy) {
        Map<String, List<BusyTime>> byParticipant = new HashMap<>();
        for (BusyTime session : busy) {
            byParticipant
                    .computeIfAbsent(session.participantId(), p -> new ArrayList<>())
                    .add(session);
        }
        for (MeetingAssignment meeting : meetings) {
            List<BusyTime> sessions = new ArrayList<>();
            for (String participant : meeting.participants) {
                sessions.addAll(byParticipant.getOrDefault(participant, List.of()));
            }
            meeting.sessions = sessions.toArray(BusyTime[]::new);
        }
    }

    /** Gives every meeting the bits of the others it shares a participant with. */
    static void linkSharedParticipants(List<MeetingAssignment> meetings) {
        int words = (meetings.stream().mapToInt(m -> m.index).max().orElse(0) >>> 6) + 1;
        Map<String, List<MeetingAssignment>> byParticipant = new HashMap<>();
        for (MeetingAssignment meeting : meetings) {
            meeting.sharing = new long[words];
            for (String participant : meeting.participants) {
                byParticipant
                        .computeIfAbsent(participant, p -> new ArrayList<>())
                        .add(meeting);
            }
        }
        for (Collection<MeetingAssignment> attending : byParticipant.values()) {
            for (MeetingAssignment meeting : attending) {
                for (MeetingAssignment other : attending) {
                    if (other != meeting) {
                        meeting.sharing[other.index >>> 6] |= 1L << other.index;
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return id + (spot == null ? "" : "@" + spot);
    }

    /**
     * Harder first: meetings that have a place already (so a re-run keeps them there), then fewer suitable spots,
     * then more participants.
     */
    public static final class Difficulty implements Comparator<MeetingAssignment> {
        public Difficulty() {}

        @Override
        public int compare(MeetingAssignment a, MeetingAssignment b) {
            return Comparator.<MeetingAssignment>comparingInt(m -> m.hasCurrent() ? 1 : 0)
                    .thenComparingInt(m -> -m.candidates.size())
                    .thenComparingInt(m -> m.size)
                    .thenComparing(MeetingAssignment::id)
                    .compare(a, b);
        }
    }
}
