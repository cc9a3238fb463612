package org.summit.api.ceremony;

/**
 * How many messages one tablet connection may send: a bucket of {@value #CAPACITY} refilled at {@value #PER_SECOND} a
 * second. A pen at 30 batches a second never meets it, nor does a tablet resending what it buffered through a short
 * outage; a flood is answered "too-fast" without being checked or stored.
 */
final class FloodGuard {

    static final int CAPACITY = 600;
    static final int PER_SECOND = 120;

    private double tokens = CAPACITY;
    private long refilledAt = System.nanoTime();

    synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(CAPACITY, tokens + (now - refilledAt) * PER_SECOND / 1e9);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens--;
        return true;
    }
}
