package org.summit.exchanges.scheduling;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places exchange meetings at tables of the exchange blocks with Timefold Solver: no participant in two places (their
 * agenda sessions included), tables big enough and with interpretation where asked, pinned meetings kept, as many
 * meetings placed as possible, then preferred times, current places and a break between a delegate's meetings.
 * Pure: no persistence, no threads of its own beyond a watcher for cancellation. One instance serves any number of
 * runs, each on the thread that calls {@link #solve}.
 */
public final class ExchangeScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeScheduler.class);
    private static final long WATCH_MILLIS = 20;

    /**
     * Tuned on the benchmark (2,000 meetings for 960 places, the same 200,000 moves each): tabu search over the
     * best of 50 accepted moves scored 0/-1040/-1157 to -1194 soft, late acceptance -5251, hill climbing -1842,
     * ruin-and-recreate 52 moves a second. Once the places are full a change move can only collide with another
     * meeting, so swaps get nine tenths of the moves (-1194; half and half: -2053); change moves stay for the
     * problems with free places.
     */
    private static final int TABU_SIZE = 20;

    private static final int ACCEPTED_COUNT = 50;
    private static final double SWAP_WEIGHT = 9;

    private final Duration timeLimit;
    private final Duration unimprovedLimit;
    private final SolverFactory<Schedule> solverFactory;
    private final SolutionManager<Schedule, HardMediumSoftLongScore> solutionManager;

    /**
     * Each run takes at most about {@code timeLimit} (preparing included), less once it has not improved for a fifth
     * of it.
     */
    public ExchangeScheduler(Duration timeLimit) {
        this(timeLimit, unimprovedLimitFor(timeLimit), EnvironmentMode.PHASE_ASSERT);
    }

    /** With an environment mode of the solver's own: tests run it with full assertions of the incremental score. */
    ExchangeScheduler(Duration timeLimit, Duration unimprovedLimit, EnvironmentMode environmentMode) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("a scheduling run needs a positive time limit, not " + timeLimit);
        }
        this.timeLimit = timeLimit;
        this.unimprovedLimit = Duration.ofMillis(unimprovedLimit.toMillis());
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(environmentMode)
                .withSolutionClass(Schedule.class)
                .withEntityClasses(MeetingAssignment.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withTerminationSpentLimit(Duration.ofMillis(timeLimit.toMillis()))
                .withPhases(localSearch());
        this.solverFactory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(
                                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0),
                                new SwapMoveSelectorConfig().withFixedProbabilityWeight(SWAP_WEIGHT)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT));
    }

    static Duration unimprovedLimitFor(Duration timeLimit) {
        return Duration.ofMillis(Math.max(500, timeLimit.toMillis() / 5));
    }

    /** Blocks the calling thread until done, the time limit, or cancelled.getAsBoolean() turns true. */
    public SchedulingResult solve(SchedulingProblem problem, Consumer<Progress> progress, BooleanSupplier cancelled) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        long started = System.nanoTime();
        ScheduleModel model = new ScheduleModel(problem);
        List<MeetingAssignment> solvable = new ArrayList<>();
        for (MeetingAssignment meeting : model.meetings) {
            if (!model.invalidPins.contains(meeting) && !meeting.candidates.isEmpty()) {
                solvable.add(meeting);
            }
        }
        AtomicBoolean wasCancelled = new AtomicBoolean();
        Map<String, Spot> solved = new HashMap<>();
        if (solvable.stream().anyMatch(meeting -> !meeting.pinned) && !isCancelled(cancelled, wasCancelled)) {
            construct(solvable);
            LOG.debug(
                    "Constructed a first schedule after {} ms", elapsed(started).toMillis());
            Run run = new Run(started, model.meetings.size() - solvable.size(), model.meetings.size(), progress);
            Schedule best = run.solve(new Schedule(model.spots, model.busy, solvable), cancelled, wasCancelled);
            for (MeetingAssignment meeting : best.meetings) {
                if (meeting.spot != null) {
                    solved.put(meeting.id(), meeting.spot);
                }
            }
        }
        List<Unplaced> unplaced = Finisher.finish(model, solved);
        HardMediumSoftLongScore score =
                solutionManager.update(new Schedule(model.spots, model.busy, new ArrayList<>(model.meetings)));
        Map<String, Placement> placements = new LinkedHashMap<>();
        for (MeetingAssignment meeting : model.meetings) {
            if (meeting.spot != null) {
                placements.put(meeting.id(), meeting.spot.placement());
            }
        }
        Duration took = elapsed(started);
        LOG.info(
                "Exchange scheduling placed {} of {} meetings in {} ms (score {}{})",
                placements.size(),
                model.meetings.size(),
                took.toMillis(),
                score,
                wasCancelled.get() ? ", cancelled" : "");
        return new SchedulingResult(
                placements,
                unplaced,
                score.hardScore(),
                score.mediumScore(),
                score.softScore(),
                took,
                wasCancelled.get());
    }

    /**
     * The first schedule, which the solver then improves: the hardest meetings first (fewest suitable spots, then
     * most participants), each at the first free spot in its own order of preference (its current place, its
     * preferred times, the table that wastes the fewest seats). Done here rather than by the solver's construction
     * heuristic, measured on the benchmark: for a variable that may stay unassigned that heuristic tries
     * "unassigned" first, so with pick-early it left all 2,000 meetings out, and without pick-early it scored every
     * suitable spot of every meeting (773,000 moves, 13.8 s of the 25) to reach what this does in 0.3 s.
     */
    private static void construct(List<MeetingAssignment> solvable) {
        Occupancy occupancy = new Occupancy();
        List<MeetingAssignment> open = new ArrayList<>();
        for (MeetingAssignment meeting : solvable) {
            if (meeting.pinned) {
                occupancy.take(meeting, meeting.spot);
            } else {
                open.add(meeting);
            }
        }
        open.sort(new MeetingAssignment.Difficulty().reversed());
        for (MeetingAssignment meeting : open) {
            Spot spot = occupancy.firstFree(meeting);
            if (spot != null) {
                occupancy.take(meeting, spot);
                meeting.spot = spot;
            }
        }
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static boolean isCancelled(BooleanSupplier cancelled, AtomicBoolean wasCancelled) {
        if (!wasCancelled.get() && cancelled.getAsBoolean()) {
            wasCancelled.set(true);
        }
        return wasCancelled.get();
    }

    /** One solver run: reports each new best schedule, stops when asked to. */
    private final class Run {

        private final long started;
        private final int leftOutBeforehand;
        private final int total;
        private final Consumer<Progress> progress;

        Run(long started, int leftOutBeforehand, int total, Consumer<Progress> progress) {
            this.started = started;
            this.leftOutBeforehand = leftOutBeforehand;
            this.total = total;
            this.progress = progress;
        }

        Schedule solve(Schedule schedule, BooleanSupplier cancelled, AtomicBoolean wasCancelled) {
            // The time limit holds for the whole run: what preparing took comes off the solver's share.
            long left = timeLimit.minus(elapsed(started)).toMillis();
            Duration spent = Duration.ofMillis(Math.max(100, left));
            Solver<Schedule> solver = solverFactory.buildSolver(new SolverConfigOverride<Schedule>()
                    .withTerminationSpentLimit(spent)
                    .withTerminationUnimprovedSpentLimit(unimprovedLimit));
            solver.addEventListener(event -> {
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                progress.accept(new Progress(
                        elapsed(started),
                        score.hardScore(),
                        // The meetings the solver never saw (no suitable spot, a pin that cannot hold) are out too.
                        score.mediumScore() - leftOutBeforehand,
                        score.softScore(),
                        event.getNewBestSolution().placed(),
                        total));
            });
            ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "exchange-scheduling-watcher");
                thread.setDaemon(true);
                return thread;
            });
            // Asked again and again, not once: a stop asked for before the solver has started would be lost.
            watcher.scheduleWithFixedDelay(
                    () -> {
                        if (isCancelled(cancelled, wasCancelled)) {
                            solver.terminateEarly();
                        }
                    },
                    0,
                    WATCH_MILLIS,
                    TimeUnit.MILLISECONDS);
            try {
                return solver.solve(schedule);
            } finally {
                watcher.shutdownNow();
            }
        }
    }
}
