package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The rules of the login throttle, on a clock the test moves. */
class LoginThrottleTest {

    private static final String VENUE = "203.0.113.7";

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2016-03-23T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void oneAddressThatUsedItsLimitDoesNotLockOutAnAccountWhoseOwnThrottleIsClean() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            assertThat(throttle.reserve("sprayed" + i + "@test.summit", VENUE).refused())
                    .isFalse();
        }

        LoginThrottle.Attempt delegate = throttle.reserve("delegate.eindhoven@summit.demo", VENUE);

        assertThat(delegate.refused())
                .as("a clean e-mail behind the venue's NAT")
                .isFalse();
        throttle.succeeded(delegate);
        assertThat(throttle.reserve("delegate.eindhoven@summit.demo", VENUE).refused())
                .isFalse();
    }

    @Test
    void behindAnExhaustedAddressAnEmailThatFailedWaitsForTheAddressWindow() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.reserve("sprayed" + i + "@test.summit", VENUE);
        }

        assertThat(throttle.reserve("sprayed0@test.summit", VENUE).refused()).isTrue();
        LoginThrottle.Attempt first = throttle.reserve("fresh@test.summit", VENUE);
        assertThat(first.refused()).isFalse();
        assertThat(throttle.reserve("fresh@test.summit", VENUE).refusedFor())
                .as("one guess per e-mail once the address is spent")
                .isPositive();
        assertThat(throttle.reserve("fresh@test.summit", "198.51.100.2").refused())
                .as("from another address the e-mail has its own limit")
                .isFalse();

        now.set(now.get().plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1)));

        assertThat(throttle.reserve("fresh@test.summit", VENUE).refused()).isFalse();
    }

    @Test
    void tenFailuresForAnEmailRefuseItFromEveryAddressUntilTheWindowCloses() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(throttle.reserve(" Delegate@Test.Summit ", "198.51.100." + i)
                            .refused())
                    .isFalse();
        }

        assertThat(throttle.reserve("delegate@test.summit", "192.0.2.1").refusedFor())
                .isPositive()
                .isLessThanOrEqualTo(LoginThrottle.WINDOW);
    }
}
