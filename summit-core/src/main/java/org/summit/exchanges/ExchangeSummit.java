package org.summit.exchanges;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** A summit as the exchanges context knows it from the agenda events: its name and the zone of its local times. */
@MappedEntity("exchanges_summit")
public record ExchangeSummit(@Id UUID id, String nameZhHant, String nameEn, String timeZone, Instant updatedAt) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
