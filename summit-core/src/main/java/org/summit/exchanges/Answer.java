package org.summit.exchanges;

/**
 * An invited city's answer. {@code PENDING} and {@code TIMES_PROPOSED} still await a decision (proposing other times
 * is not a yes); {@code ACCEPTED} and {@code DECLINED} are final. The requesting city's own party is always
 * {@code ACCEPTED}.
 */
public enum Answer {
    PENDING,
    TIMES_PROPOSED,
    ACCEPTED,
    DECLINED;

    public boolean decided() {
        return this == ACCEPTED || this == DECLINED;
    }
}
