package org.summit.notifications.delivery;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Digests} every day at {@code summit.notifications.digest.time} (08:00) in
 * {@code summit.notifications.zone} (Asia/Taipei). A process that starts after that time on a day writes that day's
 * digests at once, in case none ran (each person gets one a day whatever runs it).
 */
@Singleton
class DigestSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final Digests digests;
    private final NotificationSettings settings;
    private final Clock clock;
    private final boolean enabled;
    private final LocalTime time;
    private volatile ScheduledExecutorService executor;

    DigestSchedule(
            Digests digests,
            NotificationSettings settings,
            Clock clock,
            @Value("${summit.notifications.digest.enabled:true}") boolean enabled,
            @Value("${summit.notifications.digest.time:`08:00`}") String time) {
        this.digests = digests;
        this.settings = settings;
        this.clock = clock;
        this.enabled = enabled;
        this.time = LocalTime.parse(time.strip());
    }

    @EventListener
    synchronized void start(StartupEvent started) {
        if (!enabled || executor != null) {
            return;
        }
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "mail-digest");
            thread.setDaemon(true);
            return thread;
        });
        // On stop, the next day's run is dropped; a run under way finishes (an interrupt could break its JDBC work).
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = pool;
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        if (!now.toLocalTime().isBefore(time)) {
            executor.execute(() -> run(clock.instant()));
        }
        scheduleNext();
    }

    @PreDestroy
    synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdown();
            executor.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private void scheduleNext() {
        ScheduledExecutorService pool = executor;
        if (pool == null || pool.isShutdown()) {
            return;
        }
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        ZonedDateTime today = now.with(time);
        ZonedDateTime next = today.isAfter(now) ? today : now.plusDays(1).with(time);
        Duration wait = Duration.between(now, next);
        try {
            pool.schedule(
                    () -> {
                        run(next.toInstant());
                        scheduleNext();
                    },
                    wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            return;
        }
        LOG.debug("Next digest at {}", next);
    }

    private void run(Instant at) {
        try {
            digests.run(at);
        } catch (RuntimeException e) {
            LOG.error("The daily digest failed", e);
        }
    }
}
