package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * A city on the ceremony's signing roll, as the ceremony knows it from the cities events: its name, its place in
 * the protocol order (the signing order), whether it signs at all (observers do not) and its signatory, if one is
 * designated.
 */
@MappedEntity("ceremony_signing_city")
public record SigningCity(
        @Id String cityId,
        String cityNameZhHant,
        String cityNameEn,
        int protocolPosition,
        boolean signs,
        @Nullable UUID signatoryId,
        @Nullable String signatoryNameZhHant,
        @Nullable String signatoryNameEn,
        @Nullable String signatoryTitleZhHant,
        @Nullable String signatoryTitleEn,
        Instant updatedAt) {

    public LocalizedText cityName() {
        return LocalizedText.of(cityNameZhHant, cityNameEn);
    }

    @Nullable
    public LocalizedText signatoryName() {
        return signatoryId == null ? null : LocalizedText.of(signatoryNameZhHant, signatoryNameEn);
    }

    @Nullable
    public LocalizedText signatoryTitle() {
        return signatoryId == null ? null : LocalizedText.of(signatoryTitleZhHant, signatoryTitleEn);
    }

    SigningCity named(LocalizedText name, boolean signs, Instant now) {
        return new SigningCity(
                cityId,
                name.zhHant(),
                name.en(),
                protocolPosition,
                signs,
                signatoryId,
                signatoryNameZhHant,
                signatoryNameEn,
                signatoryTitleZhHant,
                signatoryTitleEn,
                now);
    }

    SigningCity at(int position, Instant now) {
        return new SigningCity(
                cityId,
                cityNameZhHant,
                cityNameEn,
                position,
                signs,
                signatoryId,
                signatoryNameZhHant,
                signatoryNameEn,
                signatoryTitleZhHant,
                signatoryTitleEn,
                now);
    }

    SigningCity signedBy(
            @Nullable UUID delegateId, @Nullable LocalizedText name, @Nullable LocalizedText title, Instant now) {
        return new SigningCity(
                cityId,
                cityNameZhHant,
                cityNameEn,
                protocolPosition,
                signs,
                delegateId,
                name == null ? null : name.zhHant(),
                name == null ? null : name.en(),
                title == null ? null : title.zhHant(),
                title == null ? null : title.en(),
                now);
    }
}
