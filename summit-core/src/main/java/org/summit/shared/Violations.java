package org.summit.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects what is wrong with an input while every check runs, so that a form or a file row learns of all its
 * problems at once. A field keeps its first problem: a kind that could not be read is not reported again as
 * missing by the check that needed it.
 *
 * <p>Value types validate themselves with it in their constructor, and build from raw input through it:
 *
 * <pre>{@code
 * Violations problems = new Violations();
 * CityKind kind = problems.read(() -> Choices.parse(CityKind.class, "kind", rawKind));
 * return problems.build(() -> new CityDetails(name, kind, ...));
 * }</pre>
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();
    private final Set<String> fields = new HashSet<>();

    public void add(String field, ProblemCode code, Map<String, ?> args) {
        add(new Violation(field, code, Map.copyOf(args)));
    }

    public void add(String field, ProblemCode code) {
        add(field, code, Map.of());
    }

    public void add(Violation violation) {
        if (fields.add(violation.field())) {
            found.add(violation);
        }
    }

    /** Runs a check; what it refuses is collected instead of thrown. */
    public void check(Runnable check) {
        read(() -> {
            check.run();
            return null;
        });
    }

    /** Reads a value; what the reading refuses is collected, and the value is then null. */
    public <T> T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInputException refused) {
            refused.violations().forEach(this::add);
            return null;
        }
    }

    /**
     * Builds the value when nothing was found wrong on the way, else refuses with everything found, including what
     * the value's own constructor refuses.
     */
    public <T> T build(Supplier<T> construction) {
        if (found.isEmpty()) {
            return construction.get();
        }
        read(construction);
        throw new InvalidInputException(found);
    }

    /**
     * Carries out an action (a service call that changes something) only when nothing was found wrong on the way,
     * else refuses with everything found. Unlike {@link #build}, it never runs the action on partly read input.
     */
    public <T> T proceed(Supplier<T> action) {
        throwIfAny();
        return action.get();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Refuses with every problem found, when there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
