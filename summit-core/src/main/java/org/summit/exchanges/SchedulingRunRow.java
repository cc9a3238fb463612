package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** How a scheduling run is stored; {@code unplaced} is JSON, a list of exchange id and reason code. */
@MappedEntity("exchange_scheduling_run")
record SchedulingRunRow(
        @Id UUID id,
        UUID summitId,
        SchedulingRunState state,
        @Nullable UUID runningLock,
        Instant startedAt,
        String startedBy,
        Instant heartbeatAt,
        @Nullable Instant finishedAt,
        boolean cancelRequested,
        long timeLimitMs,
        long elapsedMs,
        int total,
        int placed,
        long hardScore,
        long mediumScore,
        long softScore,
        int scheduled,
        int rescheduled,
        int unscheduled,
        String unplaced,
        @Nullable String failure) {}
