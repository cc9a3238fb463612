package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.summit.agenda.SummitDetails;
import org.summit.shared.LocalizedText;

/**
 * A summit's details as an organiser sends them.
 *
 * @param version required when revising: the version the organiser edited, so a concurrent change is not lost
 */
@Serdeable
@Schema(name = "SummitRequest")
record SummitRequest(
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText venue,
        @NotNull @Schema(example = "2016-03-23") LocalDate startsOn,
        @NotNull @Schema(example = "2016-03-24") LocalDate endsOn,

        @NotBlank @Size(max = 64) @Schema(example = "Asia/Taipei")
        String timeZone,

        @Nullable Long version) {

    SummitDetails toDetails() {
        return new SummitDetails(name, venue, startsOn, endsOn, timeZone);
    }
}
