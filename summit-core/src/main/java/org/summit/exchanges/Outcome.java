package org.summit.exchanges;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.summit.events.exchanges.FollowUp;

/**
 * What one city recorded as the outcome of an exchange; every city of the exchange sees it. A city records one
 * outcome and may replace it.
 */
@Serdeable
public record Outcome(
        String cityId,
        String summary,
        List<FollowUp> actions,
        boolean mouIntended,
        String recordedBy,
        Instant recordedAt) {

    public Outcome {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
