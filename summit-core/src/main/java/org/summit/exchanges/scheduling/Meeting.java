package org.summit.exchanges.scheduling;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One exchange to place: who attends, whether it needs a table with interpretation, the times its cities prefer,
 * where an organiser pinned it (it stays there) and where it currently is (a re-run keeps it there if it can).
 */
public record Meeting(
        String id,
        Set<String> participantIds,
        boolean interpretation,
        List<TimeRange> preferred,
        @Nullable Placement pinned,
        @Nullable Placement current) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        participantIds = Set.copyOf(Objects.requireNonNull(participantIds, "participantIds"));
        preferred = List.copyOf(Objects.requireNonNull(preferred, "preferred"));
    }
}
