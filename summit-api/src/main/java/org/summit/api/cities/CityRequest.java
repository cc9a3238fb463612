package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.shared.Choices;
import org.summit.shared.InvalidInputException;
import org.summit.shared.InvalidInputsException;
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
        CityKind[] parsedKind = new CityKind[1];
        CityRole[] parsedRole = new CityRole[1];
        List<InvalidInputException> problems = new ArrayList<>(InvalidInputException.everyProblem(List.of(
                () -> parsedKind[0] = Choices.parse(CityKind.class, "kind", kind),
                () -> parsedRole[0] = Choices.parse(CityRole.class, "role", role))));
        problems.addAll(CityDetails.problems(name, country, timeZone));
        InvalidInputsException.throwIfAny(problems);
        return new CityDetails(name, parsedKind[0], parsedRole[0], country, timeZone, description);
    }
}
