package org.summit.notifications.projections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.summit.shared.LocalizedText;

/** An attending city's name, as the cities events last gave it. */
@MappedEntity("notifications_city")
record CityCopy(@Id String cityId, String nameZhHant, String nameEn, Instant updatedAt) {

    LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }
}
