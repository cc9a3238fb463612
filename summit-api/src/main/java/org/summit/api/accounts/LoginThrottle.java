package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.summit.shared.EmailAddress;

/**
 * Limits password guesses, per account and per client address, in windows of {@link #WINDOW}: {@value #PER_ACCOUNT}
 * for one e-mail, then that e-mail's logins wait until its window closes, even with the right password.
 *
 * <p>A client address is limited too, to {@value #PER_ADDRESS} failures, but that limit never locks out an account
 * whose own e-mail has no failure in its window: a summit's delegates share the venue's network (one address behind
 * its NAT), and one attacker there must not keep every delegate out. Once an address has used its
 * {@value #PER_ADDRESS}, an e-mail from it gets a check only while that e-mail is clean; after one failure from
 * there, it waits for the address's window. So an attacker spraying many e-mails from one address gets one guess per
 * e-mail per window after the first {@value #PER_ADDRESS}, not {@value #PER_ACCOUNT}, and no answer tells a known
 * e-mail from an unknown one (both are clean until tried).
 *
 * <p>The account is keyed on exactly the identity login uses ({@link EmailAddress#normalise}), so an address typed
 * with spaces around it or in capitals shares its guesses with the plain one. An attempt is reserved before its
 * password is checked, in one step under a lock, so that concurrent guesses cannot all pass the check before any of
 * them is counted: of 20 at once, at most {@value #PER_ACCOUNT} are checked. A right password gives its reservation
 * back.
 *
 * <p>Kept in memory: each instance limits on its own, so N instances allow N times the attempts.
 */
@Singleton
class LoginThrottle {

    static final int PER_ACCOUNT = 10;
    static final int PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final AttemptWindows identities = new AttemptWindows(PER_ACCOUNT, WINDOW);
    private final AttemptWindows addresses = new AttemptWindows(PER_ADDRESS, WINDOW);

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * One password check, reserved for an identity from an address before the check, or refused.
     *
     * @param identity the e-mail as login keys it
     * @param refusedFor how long to wait, when refused; null when the check may go ahead
     */
    record Attempt(
            String identity, String address, @Nullable Duration refusedFor) {

        boolean refused() {
            return refusedFor != null;
        }

        /** The wait in whole seconds, at least 1, for {@code Retry-After}. */
        long retryAfterSeconds() {
            return Math.max(1, (refusedFor.toMillis() + 999) / 1000);
        }
    }

    /** Reserves one password check for {@code email} from {@code address}, or refuses it. */
    synchronized Attempt reserve(String email, String address) {
        Instant now = clock.instant();
        String identity = EmailAddress.normalise(email);
        Duration wait = Duration.ZERO;
        if (identities.exhausted(identity, now)) {
            wait = longer(wait, identities.waitFor(identity, now));
        }
        if (addresses.exhausted(address, now) && identities.used(identity, now) > 0) {
            // The address's limit holds only for e-mails that have failed already: a clean one is let through.
            wait = longer(wait, addresses.waitFor(address, now));
        }
        if (!wait.isZero() && !wait.isNegative()) {
            return new Attempt(identity, address, wait);
        }
        identities.count(identity, now);
        addresses.count(address, now);
        return new Attempt(identity, address, null);
    }

    /** The password was right: the identity's failures are forgotten, the address gets its attempt back. */
    synchronized void succeeded(Attempt attempt) {
        identities.clear(attempt.identity());
        addresses.giveBack(attempt.address(), clock.instant());
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
