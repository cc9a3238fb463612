package org.summit.shared;

/** Something that existed can no longer be used (an expired or used invitation); the HTTP layer answers 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
