package org.summit.exchanges.scheduling;

import java.time.LocalDateTime;
import java.util.Objects;

/** A participant speaking in or moderating an agenda session: no exchange of theirs may overlap it. */
public record Busy(String participantId, LocalDateTime startsAt, LocalDateTime endsAt, String sessionId) {

    public Busy {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
