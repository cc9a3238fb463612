package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.summit.cities.CityDetails;
import org.summit.shared.LocalizedText;

/**
 * A city's details as an organiser sends them. It carries what was sent as it is; {@link CityDetails#from} checks it,
 * the same way it checks a row of an import file.
 *
 * @param id the city's code, only when registering: lower-case letters, digits and hyphens, for example
 *     {@code tel-aviv}
 * @param version required when revising: the version the organiser edited
 */
@Serdeable
@Schema(name = "CityRequest")
record CityRequest(
        @Nullable @Schema(example = "grenoble", maxLength = 64)
        String id,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        LocalizedText name,

        @Nullable
        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                allowableValues = {"CITY", "COUNTRY"})
        String kind,

        @Nullable
        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                allowableValues = {"HOST", "GUEST", "OBSERVER"})
        String role,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "FR")
        String country,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "Europe/Paris")
        String timeZone,

        @Nullable LocalizedText description,
        @Nullable Long version) {

    CityDetails toDetails() {
        return CityDetails.from(name, kind, role, country, timeZone, description);
    }
}
