package org.summit.api.accounts;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Limits pairing-code guesses per client address: {@value #PER_ADDRESS} wrong codes in {@link #WINDOW}, then pairing
 * from that address waits until the window closes. An attempt is reserved before the code is looked up, in one step,
 * so concurrent guesses cannot pass together; a code that pairs gives its attempt back, so staff pairing a room of
 * tablets from one network are not slowed. Kept in memory, per instance.
 */
@Singleton
class PairingThrottle {

    static final int PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final AttemptWindows addresses = new AttemptWindows(PER_ADDRESS, WINDOW);

    PairingThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Reserves one guess from {@code address}; empty when it may go ahead, else how long to wait. */
    synchronized Optional<Duration> reserve(String address) {
        Instant now = clock.instant();
        if (addresses.exhausted(address, now)) {
            return Optional.of(addresses.waitFor(address, now));
        }
        addresses.count(address, now);
        return Optional.empty();
    }

    /** The code paired: the guess was no guess. */
    synchronized void paired(String address) {
        addresses.giveBack(address, clock.instant());
    }
}
