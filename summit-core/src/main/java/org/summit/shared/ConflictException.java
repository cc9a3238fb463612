package org.summit.shared;

/**
 * A change that conflicts with the current state, such as an edit based on an outdated version; the HTTP layer
 * answers it with 409.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
