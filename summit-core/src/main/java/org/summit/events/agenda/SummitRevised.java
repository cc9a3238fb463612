package org.summit.events.agenda;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser changed a summit's details. Carries all of them as they are now, so a consumer needs no earlier
 * event to know the summit. Produced by the agenda context on {@code summit.agenda.v1}, keyed by the summit id.
 *
 * @param summitId the summit's id
 * @param version the summit's version after the change, counting from 0 at creation
 * @param name its name in both languages
 * @param venue where it takes place, in both languages
 * @param startsOn its first day, in its time zone
 * @param endsOn its last day, in its time zone
 * @param timeZone the IANA time zone all its times are shown in
 */
@Serdeable
public record SummitRevised(
        String summitId,
        long version,
        LocalizedText name,
        LocalizedText venue,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
