package org.summit.api.ceremony;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.Declaration;
import org.summit.ceremony.DeclarationText;
import org.summit.ceremony.Signatory;
import org.summit.shared.LocalizedText;

/** What the ceremony's HTTP API sends and reads. */
final class CeremonyViews {

    private CeremonyViews() {}

    /**
     * A ceremony's state.
     *
     * @param state draft, ready, open or sealed
     * @param signingMode everyone or one-by-one, once signing is open
     * @param textFingerprint the SHA-256 of the locked text, once ready
     * @param version for the declaration editor's optimistic locking
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Ceremony")
    record CeremonyView(
            UUID id,
            LocalizedText name,

            @Schema(allowableValues = {"draft", "ready", "open", "sealed"})
            String state,

            @Nullable @Schema(allowableValues = {"everyone", "one-by-one"})
            String signingMode,

            int declarationVersion,
            @Nullable String textFingerprint,
            long version,
            @Nullable Instant preparedAt,
            @Nullable Instant openedAt,
            @Nullable Instant sealedAt) {

        static CeremonyView of(Ceremony ceremony) {
            return new CeremonyView(
                    ceremony.id(),
                    ceremony.name(),
                    ceremony.state().code(),
                    ceremony.signingMode() == null
                            ? null
                            : ceremony.signingMode().code(),
                    ceremony.declarationVersion(),
                    ceremony.textFingerprint(),
                    ceremony.version(),
                    ceremony.preparedAt(),
                    ceremony.openedAt(),
                    ceremony.sealedAt());
        }
    }

    /**
     * One signatory of a ceremony.
     *
     * @param status waiting, called, confirmed or absent
     * @param tabletPaired whether a tablet was ever paired for them (the console's live view says whether one is
     *     paired now)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CeremonySignatory")
    record SignatoryView(
            UUID signatoryId,
            int position,
            String cityId,
            LocalizedText cityName,
            LocalizedText name,
            @Nullable LocalizedText title,

            @Schema(allowableValues = {"waiting", "called", "confirmed", "absent"})
            String status,

            boolean tabletPaired,
            @Nullable Instant calledAt,
            @Nullable Instant confirmedAt) {

        static SignatoryView of(Signatory signatory) {
            return new SignatoryView(
                    signatory.signatoryId(),
                    signatory.position(),
                    signatory.cityId(),
                    signatory.cityName(),
                    signatory.name(),
                    signatory.title(),
                    signatory.status().code(),
                    signatory.tabletPaired(),
                    signatory.calledAt(),
                    signatory.confirmedAt());
        }
    }

    /** A ceremony with its declaration (the locked one once ready) and its signatories in signing order. */
    @Serdeable
    @Schema(name = "CeremonyDetails")
    record CeremonyDetails(CeremonyView ceremony, DeclarationView declaration, List<SignatoryView> signatories) {}

    /** The declaration in both language versions, each as authored. */
    @Serdeable
    @Schema(name = "Declaration")
    record DeclarationView(DeclarationTextView zhHant, DeclarationTextView en, LocalDate signedOn) {

        static DeclarationView of(Declaration declaration) {
            return new DeclarationView(
                    DeclarationTextView.of(declaration.zhHant()),
                    DeclarationTextView.of(declaration.en()),
                    declaration.signedOn());
        }
    }

    /** One language version of the declaration: title, preamble (may be empty), numbered articles, place. */
    @Serdeable
    @Schema(name = "DeclarationText")
    record DeclarationTextView(String title, String preamble, List<String> articles, String place) {

        static DeclarationTextView of(DeclarationText text) {
            return new DeclarationTextView(text.title(), text.preamble(), text.articles(), text.place());
        }
    }

    /** A new draft of the declaration, made on {@code version} of the ceremony. */
    @Serdeable
    @Schema(name = "DeclarationDraft")
    record DeclarationDraft(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            Long version,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            DeclarationTextView zhHant,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            DeclarationTextView en,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalDate signedOn) {

        Declaration declaration() {
            return Declaration.of(text(zhHant), text(en), signedOn);
        }

        private static DeclarationText text(@Nullable DeclarationTextView view) {
            return view == null
                    ? null
                    : new DeclarationText(view.title(), view.preamble(), view.articles(), view.place());
        }
    }

    /** A new ceremony: its name in both languages and the first draft of its declaration. */
    @Serdeable
    @Schema(name = "NewCeremony")
    record NewCeremony(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalizedText name,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            DeclarationTextView zhHant,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            DeclarationTextView en,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalDate signedOn) {

        Declaration declaration() {
            return new DeclarationDraft(0L, zhHant, en, signedOn).declaration();
        }
    }

    /** How signing opens. */
    @Serdeable
    @Schema(name = "SigningOpening")
    record Opening(
            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"everyone", "one-by-one"})
            String mode) {}

    /** A tablet's confirmation of its signature, up to the last batch the server acknowledged. */
    @Serdeable
    @Schema(name = "SignatureConfirmation")
    record Confirmation(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            Long lastSeq) {}

    /** The seal: its fingerprint, when, and where to verify it and get the PDF. */
    @Serdeable
    @Schema(name = "CeremonySeal")
    record SealView(String fingerprint, Instant sealedAt, String verificationUrl, String pdfUrl) {}

    /**
     * One signatory as the staff console sees them now.
     *
     * @param tablet none (no tablet paired now), paired, or connected (its page is open now)
     * @param signing whether strokes arrived from them in the last few seconds
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ConsoleSignatory")
    record ConsoleSignatory(
            SignatoryView signatory,

            @Schema(allowableValues = {"none", "paired", "connected"})
            String tablet,

            boolean signing,
            @Nullable Instant lastStrokeAt,
            long acceptedBatches) {}

    /** The big screens of a ceremony: how many are paired now and how many have their page open. */
    @Serdeable
    @Schema(name = "ConsoleScreens")
    record ConsoleScreens(int paired, int connected) {}

    /** The staff console's view of a ceremony. */
    @Serdeable
    @Schema(name = "CeremonyConsole")
    record Console(CeremonyView ceremony, List<ConsoleSignatory> signatories, ConsoleScreens screens) {}

    /**
     * The result of verifying a sealed declaration.
     *
     * @param valid whether everything checked holds
     * @param recordIntact whether the record's fingerprint is the one its content gives
     * @param matchesSeal whether it is the fingerprint this system stored when it sealed the ceremony
     * @param fileMatches for an uploaded PDF, whether it is byte for byte the sealed PDF; null when no file was given
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Verification")
    record Verification(
            boolean valid,
            @Nullable UUID ceremonyId,
            @Nullable LocalizedText name,
            @Nullable String fingerprint,
            @Nullable Instant sealedAt,
            boolean recordIntact,
            boolean matchesSeal,
            @Nullable Boolean fileMatches) {}
}
