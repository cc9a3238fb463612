package org.summit.cities;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summit.shared.Choices;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What an organiser says about an attendee city. A value that exists is valid: the constructor refuses, all at
 * once, a name missing in either language, an unknown ISO 3166 country, an unknown time zone and a description given
 * in one language only. The form and the import file both build it with {@link #from}, so they give the same code
 * for the same mistake.
 *
 * @param description a short description in both languages, or null
 */
@Introspected
public record CityDetails(
        LocalizedText name,
        CityKind kind,
        CityRole role,
        String country,
        String timeZone,
        @Nullable LocalizedText description) {

    /** The longest description, per language. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    public CityDetails {
        Violations problems = new Violations();
        problems.check(() -> Texts.requireBilingual("name", name));
        problems.check(() -> Texts.require("kind", kind));
        problems.check(() -> Texts.require("role", role));
        problems.check(() -> requireCountry(country));
        problems.check(() -> requireTimeZone(timeZone));
        LocalizedText given = description;
        LocalizedText checked =
                problems.read(() -> Texts.optionalBilingualParagraphs("description", given, MAX_DESCRIPTION_LENGTH));
        problems.throwIfAny();
        description = checked;
    }

    /** The details from what a person typed or a file holds: kind and role as words, the country in any case. */
    public static CityDetails from(
            LocalizedText name,
            String kind,
            String role,
            String country,
            String timeZone,
            @Nullable LocalizedText description) {
        Violations problems = new Violations();
        CityKind parsedKind = problems.read(() -> Choices.parse(CityKind.class, "kind", kind));
        CityRole parsedRole = problems.read(() -> Choices.parse(CityRole.class, "role", role));
        String upperCountry = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        String zone = timeZone == null ? null : timeZone.strip();
        return problems.build(() -> new CityDetails(name, parsedKind, parsedRole, upperCountry, zone, description));
    }

    private static void requireCountry(String country) {
        if (country == null || country.isBlank()) {
            throw InvalidInputException.of("country", SharedProblem.VALUE_REQUIRED);
        }
        if (!COUNTRIES.contains(country)) {
            throw InvalidInputException.of(
                    "country", SharedProblem.COUNTRY_UNKNOWN, Map.of("value", Texts.abbreviate(country)));
        }
    }

    private static void requireTimeZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw InvalidInputException.of("timeZone", SharedProblem.VALUE_REQUIRED);
        }
        if (!ZONES.contains(timeZone)) {
            throw InvalidInputException.of(
                    "timeZone", SharedProblem.TIME_ZONE_UNKNOWN, Map.of("value", Texts.abbreviate(timeZone)));
        }
    }
}
