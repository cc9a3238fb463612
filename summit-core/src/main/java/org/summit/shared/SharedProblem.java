package org.summit.shared;

import io.micronaut.core.annotation.Introspected;

/** The codes of the rules every context shares: texts, e-mail addresses, countries, time zones, dates, versions. */
@Introspected
public enum SharedProblem implements ProblemCode {
    INPUT_INVALID("input.invalid", "{count} of the values sent were refused"),
    VALUE_REQUIRED("value.required", "is required"),
    TEXT_TOO_LONG("text.too-long", "has at most {max} characters"),
    TEXT_LINE_BREAK("text.line-break", "is written on one line"),
    TEXT_INVISIBLE_CHARACTER(
            "text.invisible-character",
            "has an invisible control or text-direction character at position {position}: type it again without"
                    + " pasting"),
    TEXT_ONE_LANGUAGE_ONLY(
            "text.one-language-only", "is given in one language only: give it in both languages, or in neither"),
    CHOICE_UNKNOWN("choice.unknown", "'{value}' is not one of {choices}"),
    EMAIL_INVALID("email.invalid", "'{value}' is not an e-mail address"),
    EMAIL_UNUSUAL_CHARACTERS(
            "email.unusual-characters",
            "'{value}' has characters that can be mistaken for others or cannot be seen: write the address in Latin"
                    + " letters, digits and . _ % + -"),
    COUNTRY_UNKNOWN("country.unknown", "'{value}' is not a country: use an ISO 3166-1 code such as TW or FR"),
    TIME_ZONE_UNKNOWN("time-zone.unknown", "'{value}' is not a time zone: use an IANA name such as Asia/Taipei"),
    LANGUAGE_UNKNOWN("language.unknown", "'{value}' is not a language tag: use BCP 47, such as zh-Hant, en or fr"),
    CITY_CODE_INVALID(
            "city.code.invalid",
            "'{value}' is not a city code: lower-case letters, digits and single hyphens, at most {max} characters,"
                    + " such as tel-aviv"),
    DATE_INVALID("date.invalid", "'{value}' is not a date: write it as 2016-03-23"),
    VERSION_REQUIRED("version.required", "is required: send the version you edited"),
    VERSION_STALE(
            "version.stale",
            "{what} was changed by somebody else meanwhile (version {current}; you edited version {expected}):"
                    + " reload it and apply your change again"),
    CSV_NOT_UTF8("csv.not-utf8", "Line {line} has bytes that are not UTF-8: save the file as \"CSV UTF-8\""),
    CSV_EMPTY("csv.empty", "The file is empty: it needs a header row with the columns {columns}"),
    CSV_NO_ROWS("csv.no-rows", "The file has a header but no rows"),
    CSV_UNREADABLE("csv.unreadable", "The file is not a CSV file Summit can read: {reason}"),
    CSV_HEADER_INVALID("csv.header.invalid", "The header does not have the columns Summit expects: {columns}"),
    CSV_COLUMN_MISSING("csv.column.missing", "The column '{column}' is missing from the header"),
    CSV_COLUMN_UNKNOWN("csv.column.unknown", "The column '{column}' is not one Summit knows"),
    CSV_COLUMN_SPACES("csv.column.spaces", "The column name '{column}' has spaces around it"),
    CSV_ROW_FIELD_COUNT(
            "csv.row.field-count",
            "The line has {count} fields; the header has {expected} (a comma inside a value needs the value in double"
                    + " quotes)"),
    CSV_TOO_MANY_ROWS("csv.too-many-rows", "The file has more than {max} rows: import it in parts of at most {max}"),
    CSV_YES_NO("csv.yes-no", "'{value}' is not yes or no (leave it empty for no)"),
    CSV_REJECTED("csv.rejected", "Nothing was imported: {count} rows have a problem; correct them and import again");

    private final String code;
    private final String english;

    SharedProblem(String code, String english) {
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
