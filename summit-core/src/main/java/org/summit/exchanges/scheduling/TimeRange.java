package org.summit.exchanges.scheduling;

import java.time.LocalDateTime;
import java.util.Objects;

/** A span of time in the summit's zone; a preferred time is honoured when the meeting's slot lies inside it. */
public record TimeRange(LocalDateTime startsAt, LocalDateTime endsAt) {

    public TimeRange {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
