package org.summit.exchanges;

/**
 * Where an exchange stands. {@code REQUESTED}: waiting for an answer from at least one invited city.
 * {@code AGREED}: every invited city that did not decline has accepted (at least one did); it can be placed.
 * {@code DECLINED}: every invited city declined. {@code CANCELLED}: a city taking part called it off. The last two are
 * final.
 */
public enum ExchangeStatus {
    REQUESTED,
    AGREED,
    DECLINED,
    CANCELLED;

    public boolean open() {
        return this == REQUESTED || this == AGREED;
    }
}
