package org.summit.ceremony;

/**
 * Where a signatory is in the ceremony: waiting to be called, called (their tablet takes strokes), confirmed (their
 * signature is final), or absent (recorded by staff; the declaration is sealed without them).
 */
public enum SignatoryStatus {
    WAITING,
    CALLED,
    CONFIRMED,
    ABSENT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean done() {
        return this == CONFIRMED || this == ABSENT;
    }
}
