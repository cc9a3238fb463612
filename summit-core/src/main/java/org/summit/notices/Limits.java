package org.summit.notices;

import java.util.Map;
import org.summit.shared.InvalidInputException;

/** How many rows one list of notifications or e-mails holds at most, checked where the lists are read. */
final class Limits {

    static final int DEFAULT = 20;
    static final int MAX = 100;

    private Limits() {}

    /** {@code limit}, or {@link #DEFAULT} when none is given; a refusal naming {@code limit} outside 1 to {@link #MAX}. */
    static int check(Integer limit) {
        if (limit == null) {
            return DEFAULT;
        }
        if (limit < 1 || limit > MAX) {
            throw InvalidInputException.of("limit", NoticesProblem.LIMIT_OUT_OF_RANGE, Map.of("min", 1, "max", MAX));
        }
        return limit;
    }
}
