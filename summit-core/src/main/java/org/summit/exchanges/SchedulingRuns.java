package org.summit.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.exchanges.scheduling.Busy;
import org.summit.exchanges.scheduling.ExchangeScheduler;
import org.summit.exchanges.scheduling.Meeting;
import org.summit.exchanges.scheduling.Placement;
import org.summit.exchanges.scheduling.Progress;
import org.summit.exchanges.scheduling.SchedulingProblem;
import org.summit.exchanges.scheduling.SchedulingResult;
import org.summit.exchanges.scheduling.Slot;
import org.summit.exchanges.scheduling.Table;
import org.summit.exchanges.scheduling.TimeRange;
import org.summit.shared.ConflictException;
import org.summit.shared.NotFoundException;

/**
 * Automatic scheduling of a summit's agreed exchanges, in the background: an organiser starts a run and gets it back
 * at once; the solver works on a thread of its own for at most the configured time
 * ({@code summit.exchanges.scheduling.time-limit}); its best schedule so far and its score can be read at any time
 * from any instance (the run's row, refreshed every second); anyone allowed can cancel it. One run per summit at a
 * time, across instances. Only a run that finishes changes the schedule, in one transaction with its record: a run
 * cancelled, failed or cut off by its process stopping leaves the schedule as it was.
 */
@Singleton
public class SchedulingRuns {

    /**
     * A run as organisers follow it: its state, its best schedule's figures so far (the solver's time in milliseconds
     * of its limit), and once done what it did.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RunView(
            UUID id,
            UUID summitId,
            SchedulingRunState state,
            Instant startedAt,
            String startedBy,
            @Nullable Instant finishedAt,
            boolean cancelRequested,
            long timeLimitMillis,
            long elapsedMillis,
            int total,
            int placed,
            long hard,
            long medium,
            long soft,
            int scheduled,
            int rescheduled,
            int unscheduled,
            List<UnplacedExchange> unplaced,
            @Nullable String failure) {}

    /** An exchange the run could not place, with the reason's code ({@code exchange.unplaced.…}). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UnplacedExchange(UUID exchangeId, String reason) {}

    /** What the solver handed back, to apply. */
    record Finished(SchedulingRun run, long hard, long medium, long soft, Duration elapsed, boolean cancelled) {}

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingRuns.class);

    private final ExchangesService exchanges;
    private final SchedulingRunStore store;
    private final Duration timeLimit;
    private final ExecutorService solving = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "exchange-scheduling");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean closing = new AtomicBoolean();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "exchange-scheduling-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    SchedulingRuns(
            ExchangesService exchanges,
            SchedulingRunStore store,
            @Value("${summit.exchanges.scheduling.time-limit:20s}") Duration timeLimit) {
        this.exchanges = exchanges;
        this.store = store;
        this.timeLimit = timeLimit;
    }

    /**
     * Starts scheduling the summit's agreed exchanges. Refused: no exchange block with a table (409
     * {@code exchange.scheduling.no-blocks}), no agreed exchange ({@code exchange.scheduling.nothing}), a run already
     * going ({@code exchange.scheduling.running}).
     */
    public RunView start(UUID summitId, String by) {
        SchedulingInput input = exchanges.schedulingInput(summitId);
        if (input.meetings().isEmpty()) {
            throw new ConflictException(ExchangesProblem.NOTHING_TO_SCHEDULE);
        }
        UUID runId = UUID.randomUUID();
        RunView run;
        try {
            run = store.begin(runId, summitId, by, timeLimit, input.meetings().size());
        } catch (DataAccessException raced) {
            // Another instance's run took the summit's lock between our look and our insert.
            if (store.running(summitId)) {
                throw new ConflictException(ExchangesProblem.SCHEDULING_RUNNING);
            }
            throw raced;
        }
        solving.execute(() -> solve(runId, input));
        return run;
    }

    /** Asks a running run to stop; it ends as cancelled and changes nothing. Refused once it has ended. */
    public RunView cancel(UUID runId) {
        return store.cancel(runId);
    }

    /** The summit's latest run, running or ended, if it has had one. */
    public Optional<RunView> latest(UUID summitId) {
        return store.latest(summitId);
    }

    public RunView find(UUID runId) {
        return store.find(runId).orElseThrow(() -> new NotFoundException(ExchangesProblem.RUN_NOT_FOUND));
    }

    private void solve(UUID runId, SchedulingInput input) {
        long started = System.nanoTime();
        AtomicReference<Progress> best = new AtomicReference<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        var beating = heartbeat.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (store.beat(runId, Duration.ofNanos(System.nanoTime() - started), best.get())) {
                            cancelled.set(true);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("Scheduling run {}: heartbeat not written: {}", runId, e.toString());
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        try {
            SchedulingResult result = new ExchangeScheduler(timeLimit)
                    .solve(problem(input), best::set, () -> cancelled.get() || closing.get());
            if (closing.get()) {
                // The process is stopping: the run is left to be found interrupted, and nothing is applied.
                return;
            }
            beating.cancel(false);
            RunView run = store.finish(
                    runId,
                    new Finished(
                            new SchedulingRun(
                                    placements(result),
                                    result.unplaced().stream()
                                            .map(unplaced ->
                                                    new SchedulingRun.Unplaced(unplaced.meetingId(), unplaced.reason()))
                                            .toList()),
                            result.hard(),
                            result.medium(),
                            result.soft(),
                            result.took(),
                            result.cancelled() || cancelled.get()));
            LOG.info(
                    "Scheduling run {} {}: {} of {} placed, score {}hard/{}medium/{}soft in {} ms",
                    runId,
                    run.state(),
                    run.placed(),
                    run.total(),
                    run.hard(),
                    run.medium(),
                    run.soft(),
                    run.elapsedMillis());
        } catch (RuntimeException | Error e) {
            beating.cancel(false);
            LOG.error("Scheduling run {} failed; the schedule stays as it was", runId, e);
            store.abandon(runId, SchedulingRunState.FAILED, String.valueOf(e.getMessage()));
        }
    }

    private static SchedulingProblem problem(SchedulingInput input) {
        return new SchedulingProblem(
                input.meetings().stream()
                        .map(meeting -> new Meeting(
                                meeting.id(),
                                meeting.participantIds(),
                                meeting.interpretation(),
                                meeting.preferred().stream()
                                        .map(time -> new TimeRange(time.startsAt(), time.endsAt()))
                                        .toList(),
                                placement(meeting.pinned()),
                                placement(meeting.current())))
                        .toList(),
                input.slots().stream()
                        .map(slot -> new Slot(slot.id(), slot.blockId(), slot.startsAt(), slot.endsAt()))
                        .toList(),
                input.tables().stream()
                        .map(table -> new Table(table.id(), table.blockId(), table.capacity(), table.interpretation()))
                        .toList(),
                input.busy().stream()
                        .map(busy -> new Busy(busy.participantId(), busy.startsAt(), busy.endsAt(), busy.sessionId()))
                        .toList());
    }

    @Nullable
    private static Placement placement(@Nullable SchedulingInput.SlotPlacement at) {
        return at == null ? null : new Placement(at.slotId(), at.tableId());
    }

    private static Map<String, SchedulingInput.SlotPlacement> placements(SchedulingResult result) {
        Map<String, SchedulingInput.SlotPlacement> placements = new LinkedHashMap<>();
        result.placements()
                .forEach((meetingId, at) ->
                        placements.put(meetingId, new SchedulingInput.SlotPlacement(at.slotId(), at.tableId())));
        return placements;
    }

    @PreDestroy
    void stop() {
        closing.set(true);
        solving.shutdownNow();
        heartbeat.shutdownNow();
    }
}
