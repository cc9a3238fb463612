package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.Choices;
import org.summit.shared.LocalizedText;

/**
 * A city's details as an organiser sends them.
 *
 * @param id the city's code, only when registering: lower-case letters, digits and hyphens, for example
 *     {@code tel-aviv}
 * @param version required when revising: the version the organiser edited
 */
@Serdeable
@Schema(name = "CityRequest")
record CityRequest(
        @Nullable @Size(max = 64) @Schema(example = "grenoble")
        String id,

        @NotNull @Valid LocalizedText name,

        @NotBlank @Size(max = 20) @Schema(allowableValues = {"CITY", "COUNTRY"})
        String kind,

        @NotBlank @Size(max = 20) @Schema(allowableValues = {"HOST", "GUEST", "OBSERVER"})
        String role,

        @NotBlank @Size(max = 2) @Schema(example = "FR") String country,

        @NotBlank @Size(max = 64) @Schema(example = "Europe/Paris")
        String timeZone,

        @Nullable @Valid LocalizedText description,
        @Nullable Long version) {

    CityDetails toDetails() {
        return new CityDetails(
                name,
                Choices.parse(CityKind.class, "kind", kind),
                Choices.parse(CityRole.class, "role", role),
                country,
                timeZone,
                description);
    }
}
