package org.summit.shared;

import java.util.Map;

/**
 * A change that conflicts with the current state, such as an edit based on an outdated version; the HTTP layer
 * answers 409.
 */
public class ConflictException extends Refusal {

    public ConflictException(ProblemCode code, Map<String, ?> args) {
        super(code, args);
    }

    public ConflictException(ProblemCode code) {
        this(code, Map.of());
    }
}
