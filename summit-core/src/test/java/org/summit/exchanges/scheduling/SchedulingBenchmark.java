package org.summit.exchanges.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automatic scheduling at the size issue #13 asks for: 200 cities of about 5 delegates, 2,000 accepted exchanges (2-6
 * members, 15 % with three or four cities, 20 % needing interpretation, 40 % with a preferred half-day, 20 pinned),
 * 2 days × 16 slots × 30 tables (4-10 seats, every third with interpretation; 960 places for 2,000 exchanges) and
 * 1,000 agenda sessions whose 2-4 speakers each are busy. Prints what was placed and why the rest was not, the score,
 * the wall time and the independent checker's verdict. {@code -Dsummit.benchmark.seconds} sets the solver's time
 * limit (25), {@code -Dsummit.benchmark.seed} the random summit (2016), {@code -Dsummit.benchmark.runs} the runs (1).
 */
public final class SchedulingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulingBenchmark.class);

    private SchedulingBenchmark() {}

    public static void main(String[] args) {
        long seconds = Long.getLong("summit.benchmark.seconds", 25);
        long seed = Long.getLong("summit.benchmark.seed", 2016);
        int runs = Integer.getInteger("summit.benchmark.runs", 1);
        for (int run = 1; run <= runs; run++) {
            long startedAt = System.nanoTime();
            SchedulingProblem problem = new RandomSummit(seed).generate();
            ExchangeScheduler scheduler = new ExchangeScheduler(Duration.ofSeconds(seconds));
            AtomicLong lastReport = new AtomicLong();
            SchedulingResult result = scheduler.solve(
                    problem,
                    progress -> {
                        if (progress.elapsed().toMillis() - lastReport.get() >= 2_000) {
                            lastReport.set(progress.elapsed().toMillis());
                            LOG.info(
                                    "{} s: {} of {} placed, score {}hard/{}medium/{}soft",
                                    progress.elapsed().toSeconds(),
                                    progress.placed(),
                                    progress.total(),
                                    progress.hard(),
                                    progress.medium(),
                                    progress.soft());
                        }
                    },
                    () -> false);
            Duration wall = Duration.ofNanos(System.nanoTime() - startedAt);
            List<ScheduleCheck.Violation> violations = ScheduleCheck.check(problem, result);
            Map<String, Long> reasons = new TreeMap<>();
            result.unplaced().forEach(unplaced -> reasons.merge(unplaced.reason(), 1L, Long::sum));
            int places = problem.slots().size() * problem.tables().size() / 2;
            LOG.info(String.format(
                    "run %d (seed %d, time limit %d s): %d meetings, %d places, %d busy times%n"
                            + "  placed %d (%d places left empty), not placed %d: %s%n"
                            + "  score %dhard/%dmedium/%dsoft%n"
                            + "  solve %.1f s, wall with generating the summit %.1f s%n"
                            + "  checker: %s",
                    run,
                    seed,
                    seconds,
                    problem.meetings().size(),
                    places,
                    problem.busy().size(),
                    result.placements().size(),
                    places - result.placements().size(),
                    result.unplaced().size(),
                    reasons,
                    result.hard(),
                    result.medium(),
                    result.soft(),
                    result.took().toMillis() / 1000.0,
                    wall.toMillis() / 1000.0,
                    violations.isEmpty() ? "no rule broken" : violations.size() + " broken: " + violations));
        }
    }
}
