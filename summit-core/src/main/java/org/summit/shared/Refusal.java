package org.summit.shared;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses, with the code of the rule and the values its message needs. The HTTP layer turns
 * each kind (the subclass) into a status and a problem type; nothing of a refused change is stored.
 */
public abstract class Refusal extends RuntimeException {

    private final transient ProblemCode code;
    private final transient Map<String, Object> args;

    protected Refusal(ProblemCode code, Map<String, ?> args) {
        super(code.render(args), null, false, false);
        this.code = code;
        this.args = Map.copyOf(args);
    }

    public ProblemCode code() {
        return code;
    }

    public Map<String, Object> args() {
        return args;
    }

    /** The fields at fault, for a refused input; empty for other refusals. */
    public List<Violation> violations() {
        return List.of();
    }
}
