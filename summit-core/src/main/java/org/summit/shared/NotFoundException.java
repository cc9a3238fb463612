package org.summit.shared;

import java.util.Map;

/**
 * Something asked for by id does not exist (or may not be seen by the one asking); the HTTP layer answers 404.
 */
public class NotFoundException extends Refusal {

    public NotFoundException(ProblemCode code, Map<String, ?> args) {
        super(code, args);
    }

    public NotFoundException(ProblemCode code) {
        this(code, Map.of());
    }
}
