package org.summit.cities;

import java.util.List;

/** A delegation file that cannot be imported as it is; nothing of it was stored. */
public class ImportRejectedException extends RuntimeException {

    private final List<RowProblem> problems;

    ImportRejectedException(String message, List<RowProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, by line. */
    public List<RowProblem> problems() {
        return problems;
    }

    /**
     * One thing wrong in the file.
     *
     * @param line the file's line, from 1 (the header)
     * @param column the column at fault, as the header names it
     * @param message what is wrong, quoting the value
     */
    public record RowProblem(int line, String column, String message) {}
}
