package org.summit.shared;

import java.util.Map;

/**
 * Input larger than Summit takes in one request; the HTTP layer answers 413 and says the limit.
 */
public class TooLargeException extends Refusal {

    public TooLargeException(ProblemCode code, Map<String, ?> args) {
        super(code, args);
    }

    public TooLargeException(ProblemCode code) {
        this(code, Map.of());
    }
}
