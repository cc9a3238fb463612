package org.summit.api.accounts;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins, per account and per client address, with token buckets: {@value #PER_ACCOUNT} failures
 * for one e-mail, or {@value #PER_ADDRESS} from one address (a summit's delegates share the venue's network),
 * then logins wait until the bucket refills. While throttled, even the right password waits.
 *
 * <p>Kept in memory: each instance limits on its own, so N instances allow N times the attempts.
 */
@Singleton
class LoginThrottle {

    static final int PER_ACCOUNT = 10;
    static final int PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    /** How long this login must wait, if it must. */
    Optional<Duration> waitBefore(String email, String address) {
        long nanos =
                Math.max(waitNanos(accounts.get(email.toLowerCase(Locale.ROOT))), waitNanos(addresses.get(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    void failed(String email, String address) {
        consume(accounts, email.toLowerCase(Locale.ROOT), PER_ACCOUNT);
        consume(addresses, address, PER_ADDRESS);
    }

    void succeeded(String email) {
        accounts.remove(email.toLowerCase(Locale.ROOT));
    }

    private static long waitNanos(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        return bucket.getAvailableTokens() > 0
                ? 0
                : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static void consume(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            // Forget only the keys whose buckets have refilled: they would allow the full capacity anyway.
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(
                key,
                unused -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, WINDOW)
                                .build())
                        .build());
        bucket.tryConsume(1);
    }
}
