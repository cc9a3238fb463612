package org.summit.events;

import java.util.List;

/**
 * The Kafka topics Summit's contexts talk through, one per context and version, keyed by aggregate id so that
 * each aggregate's events stay in order.
 */
public final class Topics {

    /** Events of the agenda context: the summit itself, its sessions and programme. */
    public static final String AGENDA = "summit.agenda.v1";

    /** Events of the attendee cities context: cities, delegations, signatories. */
    public static final String CITIES = "summit.cities.v1";

    /** Events of the session exchanges context. */
    public static final String EXCHANGES = "summit.exchanges.v1";

    /** Events of the signing ceremony context. */
    public static final String CEREMONY = "summit.ceremony.v1";

    /** The live stroke stream of the signing tablets, keyed by ceremony. */
    public static final String CEREMONY_STROKES = "summit.ceremony.strokes.v1";

    /** Accounts as they change, and the invitations to be sent, keyed by account. */
    public static final String ACCOUNTS = "summit.accounts.v1";

    /** In-app notifications written for people, keyed by recipient: what the pages' bells follow. */
    public static final String NOTIFICATIONS = "summit.notifications.v1";

    /** E-mails that could not be delivered after every attempt, keyed by mail. */
    public static final String NOTIFICATIONS_DEAD_LETTERS = "summit.notifications.dead-letters.v1";

    /** Every topic the application needs, created at start when missing. */
    public static final List<String> ALL = List.of(
            AGENDA, CITIES, EXCHANGES, CEREMONY, CEREMONY_STROKES, ACCOUNTS, NOTIFICATIONS, NOTIFICATIONS_DEAD_LETTERS);

    private Topics() {}
}
