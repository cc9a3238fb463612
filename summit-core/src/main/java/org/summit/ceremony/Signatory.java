package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;

/**
 * A signatory of a ready ceremony, fixed from the signing roll: who signs for which city, in which place of the
 * signing order, and how far they are.
 */
@MappedEntity("ceremony_signatory")
public record Signatory(
        @Id UUID id,
        UUID ceremonyId,
        UUID signatoryId,
        int position,
        String cityId,
        String cityNameZhHant,
        String cityNameEn,
        String nameZhHant,
        String nameEn,
        @Nullable String titleZhHant,
        @Nullable String titleEn,
        SignatoryStatus status,
        boolean tabletPaired,
        @Nullable Instant calledAt,
        @Nullable Instant confirmedAt,
        @Nullable Long confirmedSeq,
        @Nullable Instant absentAt) {

    public LocalizedText cityName() {
        return LocalizedText.of(cityNameZhHant, cityNameEn);
    }

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    @Nullable
    public LocalizedText title() {
        return titleZhHant == null || titleEn == null ? null : LocalizedText.of(titleZhHant, titleEn);
    }

    Signatory called(Instant now) {
        requireNotDone();
        return with(SignatoryStatus.CALLED, tabletPaired, now, null, null, null);
    }

    Signatory confirmed(long lastSeq, Instant now) {
        if (status != SignatoryStatus.CALLED) {
            requireNotDone();
            throw new ConflictException(CeremonyProblem.SIGNATORY_NOT_CALLED, Map.of("name", name()));
        }
        return with(SignatoryStatus.CONFIRMED, tabletPaired, calledAt, now, lastSeq, null);
    }

    Signatory absent(Instant now) {
        requireNotDone();
        return with(SignatoryStatus.ABSENT, tabletPaired, calledAt, null, null, now);
    }

    Signatory paired() {
        return with(status, true, calledAt, confirmedAt, confirmedSeq, absentAt);
    }

    private void requireNotDone() {
        if (status.done()) {
            throw new ConflictException(
                    CeremonyProblem.SIGNATORY_DONE, Map.of("name", name(), "status", status.code()));
        }
    }

    private Signatory with(
            SignatoryStatus newStatus,
            boolean paired,
            @Nullable Instant called,
            @Nullable Instant confirmed,
            @Nullable Long seq,
            @Nullable Instant absent) {
        return new Signatory(
                id,
                ceremonyId,
                signatoryId,
                position,
                cityId,
                cityNameZhHant,
                cityNameEn,
                nameZhHant,
                nameEn,
                titleZhHant,
                titleEn,
                newStatus,
                paired,
                called,
                confirmed,
                seq,
                absent);
    }
}
