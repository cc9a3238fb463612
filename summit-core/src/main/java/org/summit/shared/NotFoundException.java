package org.summit.shared;

/** Something asked for by id does not exist; the HTTP layer answers it with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
