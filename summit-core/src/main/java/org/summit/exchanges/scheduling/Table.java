package org.summit.exchanges.scheduling;

import java.util.Objects;

/** A table of one exchange block: usable only in that block's slots, seating at most {@code capacity}. */
public record Table(String id, String blockId, int capacity, boolean interpretation) {

    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(blockId, "blockId");
    }
}
