package org.summit.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text that Summit keeps in both of its languages, Traditional Chinese and English.
 *
 * <p>Every bilingual piece of user content (a summit's name, a city's name, the declaration) is stored in both
 * languages; neither may be blank. The JSON form uses the BCP 47 tags: {@code {"zh-Hant": "…", "en": "…"}}.
 */
@Serdeable
public record LocalizedText(
        @JsonProperty("zh-Hant") @NotBlank @Size(max = MAX_LENGTH)
        String zhHant,

        @JsonProperty("en") @NotBlank @Size(max = MAX_LENGTH)
        String en) {

    /** The longest text a single bilingual field may hold, in characters per language. */
    public static final int MAX_LENGTH = 500;

    public static LocalizedText of(String zhHant, String en) {
        return new LocalizedText(zhHant, en);
    }
}
