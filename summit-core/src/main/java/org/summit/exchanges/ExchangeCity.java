package org.summit.exchanges;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.summit.shared.LocalizedText;

/** A city as the exchanges context knows it from the cities events: its name, and whether it withdrew. */
@MappedEntity("exchanges_city")
public record ExchangeCity(@Id String cityId, String nameZhHant, String nameEn, boolean withdrawn, Instant updatedAt) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
