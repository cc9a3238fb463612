package org.summit.api.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts attempts per key in fixed windows: a key's window opens at its first attempt and lasts {@code window};
 * within it at most {@code limit} attempts count. Not thread-safe on its own: its owner reserves under its own lock,
 * so that checking and counting an attempt is one step (no two requests can both take the last one).
 */
final class AttemptWindows {

    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Counted> counted = new HashMap<>();

    AttemptWindows(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    private static final class Counted {
        private final Instant opened;
        private int attempts;

        private Counted(Instant opened) {
            this.opened = opened;
        }
    }

    /** How many attempts the key has used in its current window. */
    int used(String key, Instant now) {
        Counted current = current(key, now);
        return current == null ? 0 : current.attempts;
    }

    boolean exhausted(String key, Instant now) {
        return used(key, now) >= limit;
    }

    /** How long until the key's window closes (zero if it has none open). */
    Duration waitFor(String key, Instant now) {
        Counted current = current(key, now);
        return current == null ? Duration.ZERO : Duration.between(now, current.opened.plus(window));
    }

    /** Counts one attempt, even beyond the limit (the caller decided to let it through). */
    void count(String key, Instant now) {
        if (counted.size() >= MAX_TRACKED) {
            // Forget the windows that have closed: they allow the full limit anyway.
            counted.values().removeIf(old -> !now.isBefore(old.opened.plus(window)));
        }
        Counted current = current(key, now);
        if (current == null) {
            current = new Counted(now);
            counted.put(key, current);
        }
        current.attempts++;
    }

    /** Gives back one attempt that turned out not to be a failure. */
    void giveBack(String key, Instant now) {
        Counted current = current(key, now);
        if (current != null && current.attempts > 0) {
            current.attempts--;
        }
    }

    /** Forgets the key's window: its next attempt starts a fresh one. */
    void clear(String key) {
        counted.remove(key);
    }

    private Counted current(String key, Instant now) {
        Counted current = counted.get(key);
        if (current != null && !now.isBefore(current.opened.plus(window))) {
            counted.remove(key);
            return null;
        }
        return current;
    }
}
