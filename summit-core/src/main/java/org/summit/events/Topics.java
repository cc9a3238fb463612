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

    /** Every topic the application needs, created at start when missing. */
    public static final List<String> ALL = List.of(AGENDA, CITIES, EXCHANGES, CEREMONY, CEREMONY_STROKES);

    private Topics() {}
}
