package org.summit.exchanges.scheduling;

import java.time.LocalDateTime;
import java.util.Objects;

/** One meeting length of an exchange block, in the summit's zone. */
public record Slot(String id, String blockId, LocalDateTime startsAt, LocalDateTime endsAt) {

    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockId, "blockId");
        if (!Objects.requireNonNull(endsAt, "endsAt").isAfter(Objects.requireNonNull(startsAt, "startsAt"))) {
            throw new IllegalArgumentException("slot " + id + " ends before it starts");
        }
    }
}
