package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a scheduling run of one summit works on, as data: the agreed exchanges (meetings) with their participants,
 * interpretation need, preferred times and their pinned or current placement; the slots of every exchange block;
 * the blocks' tables; and when each participant is busy in the programme (sessions they speak in or moderate).
 * Ids are strings: exchange, block, table and session ids as UUIDs, a slot's id as {@code blockId/startsAt}.
 */
public record SchedulingInput(
        UUID summitId, List<Meeting> meetings, List<Slot> slots, List<Table> tables, List<Busy> busy) {

    public record Meeting(
            String id,
            Set<String> participantIds,
            boolean interpretation,
            List<TimeRange> preferred,
            @Nullable SlotPlacement pinned,
            @Nullable SlotPlacement current) {}

    public record Slot(String id, String blockId, LocalDateTime startsAt, LocalDateTime endsAt) {}

    public record Table(String id, String blockId, int capacity, boolean interpretation) {}

    public record Busy(String participantId, LocalDateTime startsAt, LocalDateTime endsAt, String sessionId) {}

    public record TimeRange(LocalDateTime startsAt, LocalDateTime endsAt) {}

    /** A meeting's place: a slot and a table of the same block. */
    public record SlotPlacement(String slotId, String tableId) {}

    static String slotId(UUID blockId, LocalDateTime startsAt) {
        return blockId + "/" + startsAt;
    }
}
