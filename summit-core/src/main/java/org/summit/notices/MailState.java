package org.summit.notices;

/** Where an e-mail stands. */
public enum MailState {
    /** Waiting to be sent, at its next attempt's time. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Waiting for the person's daily digest, which says what it said. */
    DIGEST,
    /** Kept in the mailbox: no SMTP server is configured (the embedded default). */
    KEPT,
    /** Failed every attempt: on the dead-letter topic, until an organiser retries it. */
    DEAD
}
