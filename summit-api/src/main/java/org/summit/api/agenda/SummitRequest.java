package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import org.summit.agenda.SummitDetails;
import org.summit.shared.LocalizedText;

/**
 * A summit's details as an organiser sends them, as sent; {@link SummitDetails} checks them.
 *
 * @param version required when revising: the version the organiser edited, so a concurrent change is not lost
 */
@Serdeable
@Schema(name = "SummitRequest")
record SummitRequest(
        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        LocalizedText name,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        LocalizedText venue,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "2016-03-23")
        LocalDate startsOn,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "2016-03-24")
        LocalDate endsOn,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "Asia/Taipei")
        String timeZone,

        @Nullable Long version) {

    SummitDetails toDetails() {
        return new SummitDetails(name, venue, startsOn, endsOn, timeZone);
    }
}
