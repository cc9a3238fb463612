package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;

/**
 * A signing ceremony of one declaration. It changes only through the intent methods below, each of which refuses a
 * step its state does not allow: draft → ready (the text is locked) → open → sealed.
 */
@MappedEntity("ceremony_ceremony")
public record Ceremony(
        @Id UUID id,
        String nameZhHant,
        String nameEn,
        CeremonyState state,
        @Nullable SigningMode signingMode,
        int declarationVersion,
        @Nullable String textFingerprint,
        Instant createdAt,
        @Nullable Instant preparedAt,
        @Nullable Instant openedAt,
        @Nullable Instant sealedAt,
        @Version long version) {

    public LocalizedText name() {
        return LocalizedText.of(nameZhHant, nameEn);
    }

    Ceremony redrafted(int newVersion) {
        require(CeremonyState.DRAFT);
        return new Ceremony(
                id, nameZhHant, nameEn, state, signingMode, newVersion, null, createdAt, null, null, null, version);
    }

    Ceremony prepared(String fingerprint, Instant now) {
        require(CeremonyState.DRAFT);
        return new Ceremony(
                id,
                nameZhHant,
                nameEn,
                CeremonyState.READY,
                null,
                declarationVersion,
                fingerprint,
                createdAt,
                now,
                null,
                null,
                version);
    }

    Ceremony opened(SigningMode mode, Instant now) {
        require(CeremonyState.READY);
        return new Ceremony(
                id,
                nameZhHant,
                nameEn,
                CeremonyState.OPEN,
                mode,
                declarationVersion,
                textFingerprint,
                createdAt,
                preparedAt,
                now,
                null,
                version);
    }

    Ceremony sealed(Instant now) {
        require(CeremonyState.OPEN);
        return new Ceremony(
                id,
                nameZhHant,
                nameEn,
                CeremonyState.SEALED,
                signingMode,
                declarationVersion,
                textFingerprint,
                createdAt,
                preparedAt,
                openedAt,
                now,
                version);
    }

    void require(CeremonyState needed) {
        if (state != needed) {
            throw new ConflictException(
                    CeremonyProblem.WRONG_STATE, Map.of("state", state.code(), "needed", needed.code()));
        }
    }
}
