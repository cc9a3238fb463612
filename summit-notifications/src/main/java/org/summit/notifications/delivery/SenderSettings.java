package org.summit.notifications.delivery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * How the sender works through the queue ({@code summit.notifications.sender.*}): how often it looks, how many e-mails
 * it takes over one connection, how long it holds them, and how it retries: after the n-th failure an e-mail waits
 * {@code initial-backoff × 2^(n-1)}, at most {@code max-backoff}, and after {@code max-attempts} failures it is dead
 * (the defaults, 2 s doubling to 60 s and 15 attempts, keep trying for about ten minutes).
 */
@Singleton
public class SenderSettings {

    private final boolean enabled;
    private final Duration interval;
    private final int batchSize;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    SenderSettings(
            @Value("${summit.notifications.sender.enabled:true}") boolean enabled,
            @Value("${summit.notifications.sender.interval:1s}") Duration interval,
            @Value("${summit.notifications.sender.batch-size:100}") int batchSize,
            @Value("${summit.notifications.sender.lease:2m}") Duration lease,
            @Value("${summit.notifications.sender.max-attempts:15}") int maxAttempts,
            @Value("${summit.notifications.sender.initial-backoff:2s}") Duration initialBackoff,
            @Value("${summit.notifications.sender.max-backoff:60s}") Duration maxBackoff) {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "summit.notifications.sender.batch-size and max-attempts must be at least 1");
        }
        this.enabled = enabled;
        this.interval = interval;
        this.batchSize = batchSize;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    public boolean enabled() {
        return enabled;
    }

    public Duration interval() {
        return interval;
    }

    public int batchSize() {
        return batchSize;
    }

    /** How long a claimed e-mail is the claimer's alone; after that (its process died) another may take it. */
    public Duration lease() {
        return lease;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** How long an e-mail waits after its {@code failures}-th failed attempt. */
    public Duration backoff(int failures) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
