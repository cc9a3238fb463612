package org.summit.exchanges.scheduling;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The solver's value: one table in one slot. Times are seconds of the summit's local time line, so that the
 * constraints compare longs.
 */
final class Spot {

    @PlanningId
    final Integer index;

    final Slot slot;
    final Table table;
    final long start;
    final long end;

    /** The slot's position in the problem. */
    int slotIndex;

    /** The same for every spot of one table. */
    int tableIndex;

    /**
     * The same for spots whose times overlap, directly or through a chain of others: spots of different clusters
     * never overlap, so the constraints join on it instead of comparing every pair of meetings. When all blocks are
     * cut into the same 30 minutes, each slot time is a cluster of its own.
     */
    int timeCluster;

    Spot(int index, Slot slot, Table table) {
        this.index = index;
        this.slot = slot;
        this.table = table;
        this.start = Times.seconds(slot.startsAt());
        this.end = Times.seconds(slot.endsAt());
    }

    int capacity() {
        return table.capacity();
    }

    boolean interpretation() {
        return table.interpretation();
    }

    boolean tableInItsOwnBlock() {
        return table.blockId().equals(slot.blockId());
    }

    boolean overlaps(long otherStart, long otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    boolean overlaps(Spot other) {
        return overlaps(other.start, other.end);
    }

    Placement placement() {
        return new Placement(slot.id(), table.id());
    }

    /** Numbers the tables and the clusters of overlapping times of these spots. */
    static void index(List<Spot> spots) {
        Map<Table, Integer> tables = new IdentityHashMap<>();
        Map<String, Integer> tableIds = new HashMap<>();
        for (Spot spot : spots) {
            spot.tableIndex = tables.computeIfAbsent(
                    spot.table, table -> tableIds.computeIfAbsent(table.id(), id -> tableIds.size()));
        }
        List<Spot> byStart = spots.stream()
                .sorted(Comparator.comparingLong((Spot spot) -> spot.start))
                .toList();
        int cluster = -1;
        long clusterEnd = Long.MIN_VALUE;
        for (Spot spot : byStart) {
            if (spot.start >= clusterEnd) {
                cluster++;
            }
            clusterEnd = Math.max(clusterEnd, spot.end);
            spot.timeCluster = cluster;
        }
    }

    @Override
    public String toString() {
        return slot.id() + "@" + table.id();
    }
}
