package org.summit.exchanges;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/** A member of a city's delegation as the exchanges context knows them from the cities events. */
@MappedEntity("exchanges_delegate")
public record ExchangeDelegate(
        @Id UUID id, String cityId, String nameZhHant, String nameEn, String email, Instant updatedAt) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
