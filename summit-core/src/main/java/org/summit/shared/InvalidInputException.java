package org.summit.shared;

import java.util.ArrayList;
import java.util.List;

/** Input that breaks a rule of the domain; the HTTP layer answers it with 400 and names the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Runs every check, even after one refuses, and returns every refusal: what a form shows all at once. */
    public static List<InvalidInputException> everyProblem(List<Runnable> checks) {
        List<InvalidInputException> problems = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (InvalidInputsException several) {
                problems.addAll(several.problems());
            } catch (InvalidInputException problem) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** The input field at fault, as the client named it, for example {@code endsOn}. */
    public String field() {
        return field;
    }
}
