package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * The organisers' settings of an exchange block, as sent: the meeting length in minutes (null: 30), the place's name
 * (null: the block's title), and its tables in order. A table sent with its id keeps it (and the exchanges placed at
 * it); one sent without is new; one left out is removed, and the exchanges placed at it lose their place.
 */
public record BlockSetup(
        @Nullable Integer meetingMinutes, @Nullable LocalizedText place, List<TableSetup> tables) {

    /** One table: its name in both languages, how many it seats, whether it has interpretation. */
    public record TableSetup(@Nullable UUID id, LocalizedText name, int capacity, boolean interpretation) {}
}
