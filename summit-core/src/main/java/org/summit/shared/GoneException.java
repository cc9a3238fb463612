package org.summit.shared;

import java.util.Map;

/**
 * Something that existed can no longer be used (an expired or used invitation); the HTTP layer answers 410.
 */
public class GoneException extends Refusal {

    public GoneException(ProblemCode code, Map<String, ?> args) {
        super(code, args);
    }

    public GoneException(ProblemCode code) {
        this(code, Map.of());
    }
}
