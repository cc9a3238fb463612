package org.summit.exchanges.scheduling;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Local date-times on one line of seconds: all times of a summit are in its one zone, so no offset matters. */
final class Times {

    private Times() {}

    static long seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }
}
