package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What an organiser says about a summit: its name and venue in both languages, its days and its time zone. A
 * value that exists is valid: the constructor refuses, all at once, a name or venue missing in either language, days
 * in the wrong order, an unknown time zone and a summit longer than {@value #MAX_DAYS} days.
 */
@Introspected
public record SummitDetails(
        LocalizedText name, LocalizedText venue, LocalDate startsOn, LocalDate endsOn, String timeZone) {

    /** The longest summit Summit plans for, in days. */
    public static final int MAX_DAYS = 31;

    public SummitDetails {
        Violations problems = new Violations();
        problems.check(() -> Texts.requireBilingual("name", name));
        problems.check(() -> Texts.requireBilingual("venue", venue));
        problems.check(() -> Texts.require("startsOn", startsOn));
        problems.check(() -> Texts.require("endsOn", endsOn));
        problems.check(() -> requireTimeZone(timeZone));
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                problems.add(
                        "endsOn",
                        AgendaProblem.DAYS_OUT_OF_ORDER,
                        Map.of("startsOn", startsOn.toString(), "endsOn", endsOn.toString()));
            } else if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
                problems.add("endsOn", AgendaProblem.TOO_MANY_DAYS, Map.of("max", MAX_DAYS));
            }
        }
        problems.throwIfAny();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static void requireTimeZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            throw InvalidInputException.of("timeZone", SharedProblem.VALUE_REQUIRED);
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw InvalidInputException.of(
                    "timeZone", SharedProblem.TIME_ZONE_UNKNOWN, Map.of("value", Texts.abbreviate(timeZone)));
        }
    }
}
