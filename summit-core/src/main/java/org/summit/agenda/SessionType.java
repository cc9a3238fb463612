package org.summit.agenda;

/** What kind of session a slot of the programme is. */
public enum SessionType {
    KEYNOTE,
    PANEL,
    FORUM,
    CITY_SHARING,
    EXCHANGE_BLOCK,
    CEREMONY,
    BREAK
}
