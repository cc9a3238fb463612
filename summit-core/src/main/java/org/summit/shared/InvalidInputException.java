package org.summit.shared;

import java.util.List;
import java.util.Map;

/** Input that breaks rules of the domain, with every field at fault; the HTTP layer answers 400. */
public class InvalidInputException extends Refusal {

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        this(SharedProblem.INPUT_INVALID, Map.of("count", violations.size()), violations);
    }

    protected InvalidInputException(ProblemCode code, Map<String, ?> args, List<Violation> violations) {
        super(code, args);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One field at fault. */
    public static InvalidInputException of(String field, ProblemCode code, Map<String, ?> args) {
        return new InvalidInputException(List.of(new Violation(field, code, Map.copyOf(args))));
    }

    public static InvalidInputException of(String field, ProblemCode code) {
        return of(field, code, Map.of());
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder();
        for (Violation violation : violations) {
            if (!message.isEmpty()) {
                message.append("; ");
            }
            if (violation.line() != null) {
                message.append("line ").append(violation.line()).append(' ');
            }
            message.append(violation.field()).append(": ").append(violation.message());
        }
        return message.toString();
    }
}
