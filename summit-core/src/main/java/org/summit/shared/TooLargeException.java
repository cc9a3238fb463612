package org.summit.shared;

/** Input larger than Summit takes in one request; the HTTP layer answers it with 413 and says the limit. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
