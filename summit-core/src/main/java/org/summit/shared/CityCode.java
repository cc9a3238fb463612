package org.summit.shared;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The code that names an attendee city wherever it crosses a boundary: in the cities context's API, in a
 * delegate's account, in events and in other contexts' copies, for example {@code tel-aviv}.
 *
 * @param value lower-case letters and digits in words joined by single hyphens
 */
public record CityCode(String value) {

    /** The longest city code. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    public CityCode {
        Texts.require("cityId", value);
    }

    /** A code as typed for a new city, or refused naming {@code field} when it does not have a code's shape. */
    public static CityCode parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, SharedProblem.VALUE_REQUIRED);
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of(
                    field,
                    SharedProblem.CITY_CODE_INVALID,
                    Map.of("value", Texts.abbreviate(value), "max", MAX_LENGTH));
        }
        return new CityCode(value);
    }

    /** Whether {@code value} has the shape of a city code. */
    public static boolean hasShape(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
