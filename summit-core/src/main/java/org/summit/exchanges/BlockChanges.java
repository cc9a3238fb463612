package org.summit.exchanges;

import java.util.UUID;

/** What the programme's copy tells the exchanges when an exchange block moved, changed or went away. */
interface BlockChanges {

    /** Takes the exchanges placed in the block that no longer fit it (or that it no longer is) out of their place. */
    void blockChanged(UUID blockId);
}
