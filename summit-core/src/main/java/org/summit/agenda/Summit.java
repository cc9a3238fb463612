package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.agenda.SummitRevised;
import org.summit.shared.Changed;
import org.summit.shared.LocalizedText;

/**
 * A summit: the event Summit runs, with its bilingual name and venue, its days and the time zone its programme is
 * shown in. Changes only through {@link #create} and {@link #revise}, each of which returns the event it raised.
 */
@MappedEntity("agenda_summit")
public record Summit(
        @Id UUID id,
        String nameZhHant,
        String nameEn,
        String venueZhHant,
        String venueEn,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {

    static Changed<Summit> create(UUID id, SummitDetails details, Instant now) {
        Summit summit = new Summit(
                id,
                details.name().zhHant(),
                details.name().en(),
                details.venue().zhHant(),
                details.venue().en(),
                details.startsOn(),
                details.endsOn(),
                details.timeZone(),
                null,
                now,
                now);
        return Changed.to(summit, summit.created());
    }

    Changed<Summit> revise(SummitDetails details, Instant now) {
        if (details().equals(details)) {
            return Changed.nothing(this);
        }
        Summit revised = new Summit(
                id,
                details.name().zhHant(),
                details.name().en(),
                details.venue().zhHant(),
                details.venue().en(),
                details.startsOn(),
                details.endsOn(),
                details.timeZone(),
                version,
                createdAt,
                now);
        return Changed.to(revised, revised.revised());
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    public LocalizedText venue() {
        return LocalizedText.of(venueZhHant, venueEn);
    }

    public SummitDetails details() {
        return new SummitDetails(name(), venue(), startsOn, endsOn, timeZone);
    }

    private SummitCreated created() {
        return new SummitCreated(id.toString(), name(), venue(), startsOn, endsOn, timeZone);
    }

    private SummitRevised revised() {
        return new SummitRevised(id.toString(), version + 1, name(), venue(), startsOn, endsOn, timeZone);
    }
}
