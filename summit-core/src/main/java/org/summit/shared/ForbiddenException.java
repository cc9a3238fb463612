package org.summit.shared;

import java.util.Map;

/**
 * An action the one asking may not take on this object (acting for another city); the HTTP layer answers 403.
 */
public class ForbiddenException extends Refusal {

    public ForbiddenException(ProblemCode code, Map<String, ?> args) {
        super(code, args);
    }

    public ForbiddenException(ProblemCode code) {
        this(code, Map.of());
    }
}
