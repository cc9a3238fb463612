package org.summit.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock every context reads the time from, so tests can pin it. It ticks in microseconds, the precision the
 * databases keep, so that a value read back equals the value written.
 */
@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
