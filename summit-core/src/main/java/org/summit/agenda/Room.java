package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** A room of a summit's venue, where sessions take place. */
@MappedEntity("agenda_room")
public record Room(
        @Id UUID id,
        UUID summitId,
        String nameZhHant,
        String nameEn,
        int capacity,
        boolean interpretation,
        @Nullable LocalTime opensAt,
        @Nullable LocalTime closesAt,
        @Version Long version,
        Instant updatedAt) {

    static Room create(UUID id, UUID summitId, RoomDetails details, Instant now) {
        return new Room(id, summitId, null, null, 0, false, null, null, null, now).with(details, now);
    }

    Room with(RoomDetails details, Instant now) {
        return new Room(
                id,
                summitId,
                details.name().zhHant(),
                details.name().en(),
                details.capacity(),
                details.interpretation(),
                details.opensAt(),
                details.closesAt(),
                version,
                now);
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    public RoomDetails details() {
        return new RoomDetails(name(), capacity, interpretation, opensAt, closesAt);
    }
}
