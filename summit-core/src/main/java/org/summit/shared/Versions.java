package org.summit.shared;

import java.util.Map;

/**
 * Optimistic locking as people meet it: an edit names the version it was made on, and an edit of an outdated
 * version is refused rather than silently overwriting somebody else's change.
 */
public final class Versions {

    private Versions() {}

    /** The version an edit was made on; refused when the client did not send it. */
    public static long required(Long expected) {
        if (expected == null) {
            throw InvalidInputException.of("version", SharedProblem.VERSION_REQUIRED);
        }
        return expected;
    }

    /** Refuses an edit made on another version than the current one of {@code what}. */
    public static void check(long current, Long expected, LocalizedText what) {
        long edited = required(expected);
        if (current != edited) {
            throw new ConflictException(
                    SharedProblem.VERSION_STALE, Map.of("what", what, "current", current, "expected", edited));
        }
    }
}
