package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import org.summit.cities.DelegateProfile;
import org.summit.shared.LocalizedText;

/**
 * A delegate's profile as an organiser, or the delegate, sends it. It carries what was sent as it is;
 * {@link DelegateProfile#from} checks it, the same way it checks a row of an import file.
 *
 * @param languages the languages the delegate speaks, as BCP 47 tags
 * @param arrivesOn the arrival day, {@code 2016-03-22}, or null
 * @param preferredLanguage the language Summit writes to the delegate in
 * @param version required when revising: the version that was edited
 */
@Serdeable
@Schema(name = "DelegateRequest")
record DelegateRequest(
        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        LocalizedText name,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        LocalizedText title,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"zh-Hant\", \"en\"]")
        List<String> languages,

        boolean needsInterpretation,

        @Nullable @Schema(format = "date", example = "2016-03-22")
        String arrivesOn,

        @Nullable @Schema(format = "date", example = "2016-03-25")
        String departsOn,

        @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
        String email,

        @Nullable String phone,

        @Nullable
        @Schema(
                requiredMode = RequiredMode.REQUIRED,
                allowableValues = {"zh-Hant", "en"})
        String preferredLanguage,

        @Nullable Long version) {

    DelegateProfile toProfile() {
        return toProfileKeeping(email);
    }

    /** The profile with {@code keptEmail} whatever e-mail was sent: what a delegate sends of their own. */
    DelegateProfile toProfileKeeping(String keptEmail) {
        return DelegateProfile.from(
                name, title, languages, needsInterpretation, arrivesOn, departsOn, keptEmail, phone, preferredLanguage);
    }
}
