package org.summit.shared;

/** Input that breaks a rule of the domain; the HTTP layer answers it with 400 and names the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, as the client named it, for example {@code endsOn}. */
    public String field() {
        return field;
    }
}
