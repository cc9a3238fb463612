package org.summit.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads one of a fixed set of values (an enum) from what a person typed, in any letter case. */
public final class Choices {

    private Choices() {}

    /** The constant named {@code value}, or a refusal naming {@code field} and listing the choices. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, SharedProblem.VALUE_REQUIRED);
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        field,
                        SharedProblem.CHOICE_UNKNOWN,
                        Map.of(
                                "value",
                                Texts.abbreviate(value),
                                "choices",
                                Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .map(name -> name.toLowerCase(Locale.ROOT))
                                        .collect(Collectors.joining(", ")))));
    }
}
