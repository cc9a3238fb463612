package org.summit.api.agenda;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import org.summit.agenda.Summit;
import org.summit.shared.LocalizedText;

/** A summit as the API shows it; {@code version} is what a revision must send back. */
@Serdeable
@Schema(name = "Summit")
record SummitResponse(
        UUID id,
        LocalizedText name,
        LocalizedText venue,
        LocalDate startsOn,
        LocalDate endsOn,
        String timeZone,
        long version) {

    static SummitResponse of(Summit summit) {
        return new SummitResponse(
                summit.id(),
                summit.name(),
                summit.venue(),
                summit.startsOn(),
                summit.endsOn(),
                summit.timeZone(),
                summit.version());
    }
}
