package org.summit.shared;

import java.util.List;

/** Several fields of one input refused at once; the HTTP layer lists each with its message. */
public class InvalidInputsException extends InvalidInputException {

    private final List<InvalidInputException> problems;

    private InvalidInputsException(List<InvalidInputException> problems) {
        super(problems.get(0).field(), problems.get(0).getMessage());
        this.problems = List.copyOf(problems);
    }

    /** Refuses with every problem given, when there is any. */
    public static void throwIfAny(List<InvalidInputException> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputsException(problems);
        }
    }

    public List<InvalidInputException> problems() {
        return problems;
    }
}
