package org.summit.exchanges.scheduling;

import java.util.Objects;

/** Where a meeting sits: a slot of a block and a table of the same block. */
public record Placement(String slotId, String tableId) {

    public Placement {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(tableId, "tableId");
    }
}
