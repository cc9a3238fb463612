package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.summit.cities.DelegateProfile;
import org.summit.shared.InvalidInputsException;
import org.summit.shared.LocalizedText;

/**
 * A delegate's profile as an organiser, or the delegate, sends it.
 *
 * @param languages the languages the delegate speaks, as BCP 47 tags
 * @param preferredLanguage the language Summit writes to the delegate in
 * @param version required when revising: the version that was edited
 */
@Serdeable
@Schema(name = "DelegateRequest")
record DelegateRequest(
        @NotNull @Valid LocalizedText name,
        @NotNull @Valid LocalizedText title,

        @NotNull @Size(max = DelegateProfile.MAX_LANGUAGES) @Schema(example = "[\"zh-Hant\", \"en\"]")
        List<@NotBlank @Size(max = 35) String> languages,

        boolean needsInterpretation,
        @Nullable @Schema(example = "2016-03-22") LocalDate arrivesOn,
        @Nullable @Schema(example = "2016-03-25") LocalDate departsOn,
        @NotBlank @Size(max = 320) String email,
        @Nullable @Size(max = 40) String phone,

        @NotBlank @Size(max = 10) @Schema(allowableValues = {"zh-Hant", "en"})
        String preferredLanguage,

        @Nullable Long version) {

    DelegateProfile toProfile() {
        return toProfileKeeping(email);
    }

    /** The profile with {@code keptEmail} whatever e-mail was sent: what a delegate sends of their own. */
    DelegateProfile toProfileKeeping(String keptEmail) {
        InvalidInputsException.throwIfAny(DelegateProfile.problems(
                name, title, languages, arrivesOn, departsOn, keptEmail, phone, preferredLanguage));
        return new DelegateProfile(
                name, title, languages, needsInterpretation, arrivesOn, departsOn, keptEmail, phone, preferredLanguage);
    }
}
