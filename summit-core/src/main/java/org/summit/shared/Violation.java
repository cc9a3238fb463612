package org.summit.shared;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * One thing wrong with one field of an input: which field, the code of the rule it breaks, and the values the
 * message needs.
 *
 * @param field the field at fault as the client named it, such as {@code name.en}; for a file, its column
 * @param line for a file, its line at fault (from 1, the header); otherwise null
 */
public record Violation(
        String field,
        ProblemCode code,
        Map<String, Object> args,
        @Nullable Integer line) {

    public Violation {
        args = Map.copyOf(args);
    }

    public Violation(String field, ProblemCode code, Map<String, Object> args) {
        this(field, code, args, null);
    }

    /** The English message, for API users and logs. */
    public String message() {
        return code.render(args);
    }

    /** The same violation, reported for another field (such as a file's column for a form's field). */
    public Violation inField(String otherField) {
        return new Violation(otherField, code, args, line);
    }

    /** The same violation, found on a line of a file. */
    public Violation onLine(int fileLine) {
        return new Violation(field, code, args, fileLine);
    }
}
