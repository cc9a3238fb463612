package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** A track of a summit's programme: a theme that sessions belong to. */
@MappedEntity("agenda_track")
public record Track(
        @Id UUID id,
        UUID summitId,
        String nameZhHant,
        String nameEn,
        @Version Long version,
        Instant updatedAt) {

    static Track create(UUID id, UUID summitId, TrackDetails details, Instant now) {
        return new Track(id, summitId, details.name().zhHant(), details.name().en(), null, now);
    }

    Track with(TrackDetails details, Instant now) {
        return new Track(id, summitId, details.name().zhHant(), details.name().en(), version, now);
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
