package org.summit.shared;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A text that Summit keeps in both of its languages, Traditional Chinese and English.
 *
 * <p>Every bilingual piece of user content (a summit's name, a city's name, the declaration) is stored in both
 * languages; the value types that hold one refuse it blank in either language ({@link Texts#requireBilingual}). The JSON form uses the BCP 47 tags: {@code {"zh-Hant": "…", "en": "…"}}.
 */
@Serdeable
public record LocalizedText(
        @JsonProperty("zh-Hant") String zhHant,
        @JsonProperty("en") String en) {

    /** The longest text a single bilingual field may hold, in characters per language. */
    public static final int MAX_LENGTH = 500;

    public static LocalizedText of(String zhHant, String en) {
        return new LocalizedText(zhHant, en);
    }
}
