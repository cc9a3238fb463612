package org.summit.shared;

import java.util.List;
import java.util.Map;

/**
 * A file (such as a CSV import) that cannot be taken as it is: its violations name the line and column at fault,
 * and nothing of it is stored. The HTTP layer answers 400 with its own problem type.
 */
public class InvalidFileException extends InvalidInputException {

    public InvalidFileException(ProblemCode code, Map<String, ?> args, List<Violation> violations) {
        super(code, args, violations);
    }

    /** A file refused as a whole, for one reason found at {@code line} (0 when no line is at fault). */
    public static InvalidFileException of(ProblemCode code, Map<String, ?> args, int line) {
        Violation whole = new Violation("", code, Map.copyOf(args), line == 0 ? null : line);
        return new InvalidFileException(code, args, List.of(whole));
    }
}
