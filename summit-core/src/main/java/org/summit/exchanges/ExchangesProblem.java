package org.summit.exchanges;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the exchanges' rules: requests, answers, placements, block settings and outcomes. */
@Introspected
public enum ExchangesProblem implements ProblemCode {
    EXCHANGE_NOT_FOUND("exchange.not-found", "There is no such exchange"),
    NO_CITY("exchange.caller.no-city", "Your account belongs to no city's delegation: only delegates take part"),
    OWN_CITY("exchange.city.own", "Your own city cannot be invited to its own exchange"),
    CITY_UNKNOWN("exchange.city.unknown", "'{city}' is not a city of the summit"),
    CITY_WITHDRAWN("exchange.city.withdrawn", "{city} has withdrawn from the summit"),
    CITY_REPEATED("exchange.city.repeated", "{city} is invited more than once"),
    TOPIC_MISSING("exchange.topic.missing", "name a theme, or a subject in both languages"),
    TOPIC_TWICE("exchange.topic.twice", "name a theme or a subject, not both"),
    MEMBERS_NONE("exchange.members.none", "name at least one member of your delegation who attends"),
    MEMBER_NOT_OF_CITY("exchange.member.not-of-city", "'{member}' is not a delegate of {city}"),
    TIME_BACKWARDS("exchange.time.backwards", "ends at {endsAt}, not after it starts at {startsAt}"),
    TIME_OUTSIDE_BLOCKS(
            "exchange.time.outside-blocks", "{startsAt} to {endsAt} is not within an exchange block of the programme"),
    DUPLICATE(
            "exchange.duplicate",
            "These cities already have an open request on this topic (exchange {exchangeId}): answer or cancel it"
                    + " first"),
    NOT_INVITED("exchange.not-invited", "{city} is not invited to this exchange: you answer only for your own city"),
    ALREADY_ANSWERED("exchange.answer.already", "{city} has already answered this exchange ({answer})"),
    CLOSED("exchange.closed", "This exchange is {status}: it cannot change any more"),
    NOT_AGREED("exchange.not-agreed", "This exchange is {status}: only an agreed exchange can be placed"),
    NOT_A_PARTY("exchange.not-a-party", "{city} does not take part in this exchange"),
    NOT_PLACED("exchange.not-placed", "This exchange has no place yet"),
    BLOCK_NOT_FOUND("exchange.block.not-found", "There is no such exchange block in the programme"),
    TABLE_NOT_IN_BLOCK("exchange.table.not-in-block", "This block has no such table"),
    SLOT_OUTSIDE_BLOCK(
            "exchange.slot.outside-block",
            "{startsAt} is not the start of a {minutes}-minute slot of this block ({blockStartsAt} to {blockEndsAt})"),
    TABLE_TOO_SMALL("exchange.placement.capacity", "{table} seats {capacity}; this exchange has {count} participants"),
    TABLE_WITHOUT_INTERPRETATION(
            "exchange.placement.interpretation", "{table} has no interpretation, which this exchange needs"),
    TABLE_TAKEN("exchange.placement.table-taken", "{table} is taken at that time by another exchange ({title})"),
    PARTICIPANT_IN_EXCHANGE(
            "exchange.placement.participant-in-exchange", "{name} is in another exchange at that time ({title})"),
    PARTICIPANT_IN_SESSION(
            "exchange.placement.participant-in-session", "{name} speaks or moderates a session at that time ({title})"),
    NO_BLOCKS(
            "exchange.scheduling.no-blocks",
            "No exchange block of this summit has tables: give the exchange blocks their tables first"),
    MEETING_LENGTH("exchange.block.meeting-length", "a meeting lasts from {min} to {max} minutes"),
    TABLE_CAPACITY("exchange.table.capacity", "a table seats from {min} to {max} people"),
    TABLES_TOO_MANY("exchange.table.too-many", "a block has at most {max} tables"),
    ACTIONS_TOO_MANY("exchange.outcome.actions-too-many", "an outcome lists at most {max} follow-up actions"),
    SCHEDULING_RUNNING(
            "exchange.scheduling.running",
            "A scheduling run is already going for this summit: wait for it or cancel it"),
    NOTHING_TO_SCHEDULE(
            "exchange.scheduling.nothing", "No agreed exchange waits for a place: there is nothing to schedule"),
    RUN_NOT_FOUND("exchange.scheduling.run-not-found", "There is no such scheduling run"),
    RUN_FINISHED("exchange.scheduling.finished", "This scheduling run has already ended");

    private final String code;
    private final String english;

    ExchangesProblem(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
