package org.summit.api.cities;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.summit.cities.City;
import org.summit.shared.LocalizedText;

/** An attendee city as everybody who logs in sees it; {@code version} is what a revision sends back. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "City")
record CityView(
        String id,
        LocalizedText name,
        String kind,
        String role,
        String country,
        String timeZone,
        @Nullable LocalizedText description,
        int protocolPosition,
        boolean attending,
        @Nullable Instant withdrawnAt,
        @Nullable UUID headOfDelegationId,
        @Nullable UUID signatoryId,
        int delegateCount,
        long version) {

    static CityView of(City city, int delegateCount) {
        return new CityView(
                city.id(),
                city.name(),
                city.kind().name(),
                city.role().name(),
                city.country(),
                city.timeZone(),
                city.description(),
                city.protocolPosition(),
                city.attending(),
                city.withdrawnAt(),
                city.headDelegateId(),
                city.signatoryDelegateId(),
                delegateCount,
                city.version());
    }
}
