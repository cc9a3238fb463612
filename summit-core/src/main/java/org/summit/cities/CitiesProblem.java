package org.summit.cities;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the rules of attendee cities, their delegations and their import files. */
@Introspected
public enum CitiesProblem implements ProblemCode {
    CITY_CODE_RESERVED("city.code.reserved", "'{value}' is a word the API reserves: choose another city code"),
    CITY_CODE_TAKEN("city.code.taken", "The code '{code}' is already {city}'s"),
    CITY_CODE_FIXED("city.code.fixed", "A city's code cannot change: register a new city instead"),
    CITY_NOT_FOUND("city.not-found", "There is no city '{code}'"),
    CITY_WITHDRAWN("city.withdrawn", "{city} has withdrawn from the summit and cannot change"),
    OBSERVERS_DO_NOT_SIGN(
            "city.observer-does-not-sign", "{city} is an observer delegation: observers do not sign the declaration"),
    OBSERVER_WITH_SIGNATORY(
            "city.observer-with-signatory",
            "{city} has a designated signatory: withdraw the designation before making it an observer"),
    SIGNATORY_ALREADY_DESIGNATED(
            "city.signatory.already-designated",
            "{city} already has a signatory: a city has exactly one; withdraw that designation first"),
    PROTOCOL_ORDER_INCOMPLETE(
            "city.protocol-order.incomplete",
            "The order lists every attending city exactly once; missing: {missing}; not attending: {unknown};"
                    + " listed twice: {twice}"),
    DELEGATE_NOT_FOUND("delegate.not-found", "{city}'s delegation has no such member"),
    DELEGATE_NOT_LISTED(
            "delegate.not-listed", "Your account is not on your city's delegation list yet: ask an organiser"),
    DELEGATE_EMAIL_TAKEN(
            "delegate.email.taken",
            "{email} is already in the delegation of {city}: a person belongs to one delegation only"),
    TRAVEL_OUT_OF_ORDER(
            "delegate.travel.out-of-order", "The departure ({departsOn}) is before the arrival ({arrivesOn})"),
    PHONE_INVALID("delegate.phone.invalid", "'{value}' is not a phone number: digits, spaces and + ( ) - . /"),
    LANGUAGES_EMPTY("delegate.languages.empty", "Name at least one language, such as en"),
    LANGUAGES_TOO_MANY("delegate.languages.too-many", "Name at most {max} languages"),
    WRITING_LANGUAGE_UNKNOWN(
            "delegate.writing-language.unknown", "'{value}' is not a language Summit writes in: zh-Hant or en"),
    CSV_CITY_NOT_REGISTERED(
            "csv.city.not-registered",
            "The city '{code}' is not registered: give its name, kind, role, country and time zone on one of its"
                    + " rows"),
    CSV_CITY_COLUMN_EMPTY(
            "csv.city.column-empty", "is empty: give all of the city's columns on one of its rows, or none"),
    CSV_CITY_DETAILS_DIFFER(
            "csv.city.details-differ", "The details of {code} differ from line {line}: give them once, or the same"),
    CSV_PERSON_TWICE("csv.person.twice", "{email} is already on line {line}: one row per person"),
    CSV_SIGNATORY_TWICE(
            "csv.signatory.twice", "{code} already has its signatory on line {line}: a city has exactly one"),
    CSV_HEAD_TWICE("csv.head.twice", "{code} already has its head of delegation on line {line}");

    private final String code;
    private final String english;

    CitiesProblem(String code, String english) {
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
