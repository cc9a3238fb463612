package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

/**
 * What an organiser says about a summit: its name and venue in both languages, its days and its time zone. A
 * value that exists is valid: the constructor refuses days in the wrong order, an unknown time zone and a summit
 * longer than {@value #MAX_DAYS} days.
 */
@Introspected
public record SummitDetails(
        LocalizedText name, LocalizedText venue, LocalDate startsOn, LocalDate endsOn, String timeZone) {

    /** The longest summit Summit plans for, in days. */
    public static final int MAX_DAYS = 31;

    public SummitDetails {
        require(name, "name");
        require(venue, "venue");
        require(startsOn, "startsOn");
        require(endsOn, "endsOn");
        require(timeZone, "timeZone");
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "endsOn (" + endsOn + ") is before startsOn (" + startsOn + ")");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
            throw new InvalidInputException("endsOn", "A summit lasts at most " + MAX_DAYS + " days");
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new InvalidInputException(
                    "timeZone",
                    "Unknown time zone '" + abbreviate(timeZone) + "': use an IANA name such as Asia/Taipei");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw new InvalidInputException(field, field + " is required");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
