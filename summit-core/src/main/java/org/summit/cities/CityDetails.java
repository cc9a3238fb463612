package org.summit.cities;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;

/**
 * What an organiser says about an attendee city. A value that exists is valid: the constructor refuses a blank
 * name, an unknown ISO 3166 country and an unknown time zone.
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

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    public CityDetails {
        Texts.requireBilingual("name", name);
        Texts.require("kind", kind);
        Texts.require("role", role);
        requireCountry(country);
        requireTimeZone(timeZone);
        if (description != null) {
            Texts.requireBilingual("description", description);
        }
    }

    /** Every rule a city with this name, country and time zone would break, one refusal per field. */
    public static List<InvalidInputException> problems(LocalizedText name, String country, String timeZone) {
        return InvalidInputException.everyProblem(List.of(
                () -> Texts.requireBilingual("name", name),
                () -> requireCountry(country),
                () -> requireTimeZone(timeZone)));
    }

    private static void requireCountry(String country) {
        Texts.require("country", country);
        if (!COUNTRIES.contains(country)) {
            throw new InvalidInputException(
                    "country",
                    "Unknown country '" + Texts.abbreviate(country)
                            + "': use an ISO 3166-1 alpha-2 code in capitals, such as TW or FR");
        }
    }

    private static void requireTimeZone(String timeZone) {
        Texts.require("timeZone", timeZone);
        if (!ZONES.contains(timeZone)) {
            throw new InvalidInputException(
                    "timeZone",
                    "Unknown time zone '" + Texts.abbreviate(timeZone) + "': use an IANA name such as Europe/Paris");
        }
    }
}
