package org.summit.api.ceremony;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.ceremony.SigningCity;
import org.summit.ceremony.SigningRoll;
import org.summit.shared.LocalizedText;

@Controller("/api/ceremony/signing-roll")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Ceremony", description = "The signing of the declaration")
class SigningRollController {

    private final SigningRoll roll;

    SigningRollController(SigningRoll roll) {
        this.roll = roll;
    }

    /**
     * One city on the signing roll.
     *
     * @param position its place in the signing order, from 1
     * @param signatoryId its designated signatory, or null while it has none
     */
    @Serdeable
    // Every field is sent, null or empty included: clients read an absent signatory as null, not as unknown.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SigningRollEntry")
    record Entry(
            int position,
            String cityId,
            LocalizedText cityName,
            @Nullable UUID signatoryId,
            @Nullable LocalizedText signatoryName,
            @Nullable LocalizedText signatoryTitle) {}

    @Get
    @Secured({Role.Names.ORGANISER, Role.Names.STAFF})
    @Operation(
            summary = "The cities that sign the declaration, in signing order, each with its signatory or none yet"
                    + " (organiser, staff)",
            description = "The ceremony's own copy, kept from the cities events: a withdrawn signatory leaves it until"
                    + " a new one is designated, a withdrawn city leaves it, observers are not on it.")
    List<Entry> signingRoll() {
        List<SigningCity> cities = roll.signingOrder();
        return IntStream.range(0, cities.size())
                .mapToObj(i -> {
                    SigningCity city = cities.get(i);
                    return new Entry(
                            i + 1,
                            city.cityId(),
                            city.cityName(),
                            city.signatoryId(),
                            city.signatoryName(),
                            city.signatoryTitle());
                })
                .toList();
    }
}
