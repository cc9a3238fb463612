package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.ceremony.SigningCity;
import org.summit.ceremony.SigningRoll;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What a device can be paired for: the ceremony that exists and a signatory on its signing roll. Until the ceremony
 * has ids of its own, the ceremony is the current summit's (one declaration per summit), named by the summit's id,
 * and its signatories are the delegates designated on the signing roll ({@code GET /api/ceremony/signing-roll}),
 * named by their delegate id.
 */
@Singleton
class PairingTargets {

    private final SummitService summits;
    private final SigningRoll roll;

    PairingTargets(SummitService summits, SigningRoll roll) {
        this.summits = summits;
        this.roll = roll;
    }

    /** The id of the ceremony devices are paired for now, if there is one. */
    Optional<String> currentCeremonyId() {
        return summits.current().map(summit -> summit.id().toString());
    }

    /** The name of the ceremony a device is paired for (the summit's), if it still exists. */
    Optional<LocalizedText> ceremonyName(String ceremonyId) {
        try {
            return summits.find(UUID.fromString(ceremonyId)).map(Summit::name);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The signatory's entry on the signing roll, if the id names one. */
    Optional<SigningCity> signatory(@Nullable String signatoryId) {
        if (signatoryId == null) {
            return Optional.empty();
        }
        return roll.signingOrder().stream()
                .filter(city -> city.signatoryId() != null
                        && city.signatoryId().toString().equals(signatoryId.strip()))
                .findFirst();
    }

    /** Adds a problem for a ceremony that does not exist, or a signatory who is not on its roll. */
    void check(@Nullable String ceremonyId, @Nullable String signatoryId, Violations problems) {
        if (ceremonyId != null
                && !ceremonyId.isBlank()
                && !currentCeremonyId().filter(ceremonyId.strip()::equals).isPresent()) {
            problems.add(
                    "ceremonyId",
                    org.summit.accounts.AccountsProblem.PAIRING_CEREMONY_UNKNOWN,
                    Map.of("ceremonyId", Texts.abbreviate(ceremonyId)));
        }
        if (signatoryId != null
                && !signatoryId.isBlank()
                && signatory(signatoryId).isEmpty()) {
            problems.add(
                    "signatoryId",
                    org.summit.accounts.AccountsProblem.PAIRING_SIGNATORY_UNKNOWN,
                    Map.of("signatoryId", Texts.abbreviate(signatoryId)));
        }
    }
}
