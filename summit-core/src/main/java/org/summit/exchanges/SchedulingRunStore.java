package org.summit.exchanges;

import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.summit.exchanges.SchedulingRuns.Finished;
import org.summit.exchanges.SchedulingRuns.RunView;
import org.summit.exchanges.SchedulingRuns.UnplacedExchange;
import org.summit.exchanges.scheduling.Progress;
import org.summit.shared.ConflictException;
import org.summit.shared.NotFoundException;

/** The scheduling runs' rows: each change of a run one short transaction, apart from the long solving between them. */
@Singleton
class SchedulingRunStore {

    @JdbcRepository(dialect = Dialect.H2)
    interface Rows extends CrudRepository<SchedulingRunRow, UUID> {
        Optional<SchedulingRunRow> findFirstBySummitIdOrderByStartedAtDesc(UUID summitId);

        List<SchedulingRunRow> findByRunningLockIsNotNull();

        boolean existsBySummitIdAndRunningLock(UUID summitId, UUID runningLock);

        @Query("UPDATE exchange_scheduling_run SET cancel_requested = TRUE WHERE id = :id AND state = 'RUNNING'")
        int requestCancel(UUID id);
    }

    /** A run whose heartbeat is older than this is taken for dead: its process stopped while it ran. */
    static final Duration HEARTBEAT_LOST = Duration.ofSeconds(30);

    private static final Argument<List<UnplacedExchange>> UNPLACED_LIST = Argument.listOf(UnplacedExchange.class);

    private final Rows rows;
    private final ExchangesService exchanges;
    private final JsonMapper json;
    private final Clock clock;

    SchedulingRunStore(Rows rows, ExchangesService exchanges, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.exchanges = exchanges;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Starts a run of the summit: closes a run whose process died, refuses when one is going, then stores the new run
     * holding the summit's lock. Two instances starting at once: the unique lock lets one row in, the other's insert
     * fails and is refused the same way.
     */
    @Transactional
    RunView begin(UUID runId, UUID summitId, String by, Duration timeLimit, int total) {
        Instant now = clock.instant();
        for (SchedulingRunRow running : rows.findByRunningLockIsNotNull()) {
            if (running.heartbeatAt().isBefore(now.minus(HEARTBEAT_LOST))) {
                rows.update(ended(running, SchedulingRunState.FAILED, now, "interrupted"));
            } else if (running.summitId().equals(summitId)) {
                throw new ConflictException(ExchangesProblem.SCHEDULING_RUNNING);
            }
        }
        SchedulingRunRow row = new SchedulingRunRow(
                runId,
                summitId,
                SchedulingRunState.RUNNING,
                summitId,
                now,
                by,
                now,
                null,
                false,
                timeLimit.toMillis(),
                0,
                total,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                "[]",
                null);
        return view(rows.save(row));
    }

    /** The run's heartbeat with its best schedule so far; answers whether someone asked to cancel it. */
    @Transactional
    boolean beat(UUID runId, Duration elapsed, Progress progress) {
        SchedulingRunRow row = rows.findById(runId).orElseThrow();
        if (row.state() != SchedulingRunState.RUNNING) {
            return true;
        }
        rows.update(new SchedulingRunRow(
                row.id(),
                row.summitId(),
                row.state(),
                row.runningLock(),
                row.startedAt(),
                row.startedBy(),
                clock.instant(),
                null,
                row.cancelRequested(),
                row.timeLimitMs(),
                elapsed.toMillis(),
                row.total(),
                progress == null ? row.placed() : progress.placed(),
                progress == null ? row.hardScore() : progress.hard(),
                progress == null ? row.mediumScore() : progress.medium(),
                progress == null ? row.softScore() : progress.soft(),
                0,
                0,
                0,
                "[]",
                null));
        return row.cancelRequested();
    }

    @Transactional
    RunView cancel(UUID runId) {
        if (rows.findById(runId).isEmpty()) {
            throw new NotFoundException(ExchangesProblem.RUN_NOT_FOUND);
        }
        if (rows.requestCancel(runId) == 0) {
            throw new ConflictException(ExchangesProblem.RUN_FINISHED);
        }
        return view(rows.findById(runId).orElseThrow());
    }

    /**
     * A run's result reaches the exchanges and the run is closed as done, in one transaction: the schedule and the
     * record of the run that made it change together or not at all. A cancel that came too late to stop the solver
     * still counts: nothing is applied.
     */
    @Transactional
    RunView finish(UUID runId, Finished finished) {
        SchedulingRunRow row = rows.findById(runId).orElseThrow();
        if (row.state() != SchedulingRunState.RUNNING) {
            return view(row);
        }
        if (row.cancelRequested() || finished.cancelled()) {
            return view(rows.update(ended(row, SchedulingRunState.CANCELLED, clock.instant(), null)));
        }
        SchedulingRun.Applied applied = exchanges.applySchedule(row.summitId(), row.id(), finished.run());
        Instant now = clock.instant();
        return view(rows.update(new SchedulingRunRow(
                row.id(),
                row.summitId(),
                SchedulingRunState.DONE,
                null,
                row.startedAt(),
                row.startedBy(),
                now,
                now,
                false,
                row.timeLimitMs(),
                finished.elapsed().toMillis(),
                row.total(),
                finished.run().placements().size(),
                finished.hard(),
                finished.medium(),
                finished.soft(),
                applied.scheduled(),
                applied.rescheduled(),
                applied.unscheduled(),
                write(finished.run().unplaced().stream()
                        .map(unplaced -> new UnplacedExchange(UUID.fromString(unplaced.meetingId()), unplaced.reason()))
                        .toList()),
                null)));
    }

    /** A run that ended without a result: cancelled before it found one, or failed. The schedule stays as it was. */
    @Transactional
    RunView abandon(UUID runId, SchedulingRunState state, String failure) {
        SchedulingRunRow row = rows.findById(runId).orElseThrow();
        if (row.state() != SchedulingRunState.RUNNING) {
            return view(row);
        }
        return view(rows.update(ended(row, state, clock.instant(), failure)));
    }

    @Transactional
    Optional<RunView> latest(UUID summitId) {
        return rows.findFirstBySummitIdOrderByStartedAtDesc(summitId).map(this::view);
    }

    @Transactional
    Optional<RunView> find(UUID runId) {
        return rows.findById(runId).map(this::view);
    }

    @Transactional
    boolean running(UUID summitId) {
        return rows.existsBySummitIdAndRunningLock(summitId, summitId);
    }

    private static SchedulingRunRow ended(SchedulingRunRow row, SchedulingRunState state, Instant now, String failure) {
        return new SchedulingRunRow(
                row.id(),
                row.summitId(),
                state,
                null,
                row.startedAt(),
                row.startedBy(),
                row.heartbeatAt(),
                now,
                row.cancelRequested(),
                row.timeLimitMs(),
                row.elapsedMs(),
                row.total(),
                row.placed(),
                row.hardScore(),
                row.mediumScore(),
                row.softScore(),
                0,
                0,
                0,
                "[]",
                failure);
    }

    private RunView view(SchedulingRunRow row) {
        // A run whose process stopped is shown as what it is, interrupted, before the next start closes it.
        boolean lost = row.state() == SchedulingRunState.RUNNING
                && row.heartbeatAt().isBefore(clock.instant().minus(HEARTBEAT_LOST));
        return new RunView(
                row.id(),
                row.summitId(),
                lost ? SchedulingRunState.FAILED : row.state(),
                row.startedAt(),
                row.startedBy(),
                row.finishedAt(),
                row.cancelRequested(),
                row.timeLimitMs(),
                row.elapsedMs(),
                row.total(),
                row.placed(),
                row.hardScore(),
                row.mediumScore(),
                row.softScore(),
                row.scheduled(),
                row.rescheduled(),
                row.unscheduled(),
                read(row.unplaced()),
                lost ? "interrupted" : row.failure());
    }

    private String write(List<UnplacedExchange> unplaced) {
        try {
            return json.writeValueAsString(unplaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<UnplacedExchange> read(String unplaced) {
        try {
            return json.readValue(unplaced, UNPLACED_LIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
