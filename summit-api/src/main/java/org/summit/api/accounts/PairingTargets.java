package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.AccountsProblem;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceService;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.CeremonyState;
import org.summit.ceremony.Signatory;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What a device can be paired for: a ceremony that exists and is not sealed, and for a tablet one of that ceremony's
 * signatories (once the ceremony is ready, one of those fixed then; while it is drafted, a signatory on the signing
 * roll). Pairing a device also records it in the ceremony, in the same transaction ({@code TabletPaired},
 * {@code ScreenPaired}).
 */
@Singleton
class PairingTargets {

    private final CeremonyService ceremonies;
    private final DeviceService devices;

    PairingTargets(CeremonyService ceremonies, DeviceService devices) {
        this.ceremonies = ceremonies;
        this.devices = devices;
    }

    /** The name of the ceremony a device is paired for, if it still exists. */
    Optional<LocalizedText> ceremonyName(String ceremonyId) {
        return id(ceremonyId).flatMap(ceremonies::findIfAny).map(Ceremony::name);
    }

    /** The signatory of the ceremony the id names, if there is one. */
    Optional<Signatory> signatory(String ceremonyId, @Nullable String signatoryId) {
        if (signatoryId == null) {
            return Optional.empty();
        }
        Optional<UUID> ceremony = id(ceremonyId);
        Optional<UUID> signatory = id(signatoryId);
        if (ceremony.isEmpty() || signatory.isEmpty()) {
            return Optional.empty();
        }
        return ceremonies.signatory(ceremony.get(), signatory.get());
    }

    /** Adds a problem for a ceremony that does not exist (or is sealed), or a signatory who is not one of it. */
    void check(@Nullable String ceremonyId, @Nullable String signatoryId, Violations problems) {
        if (ceremonyId == null || ceremonyId.isBlank()) {
            return;
        }
        boolean known = id(ceremonyId.strip())
                .flatMap(ceremonies::findIfAny)
                .filter(ceremony -> ceremony.state() != CeremonyState.SEALED)
                .isPresent();
        if (!known) {
            problems.add(
                    "ceremonyId",
                    AccountsProblem.PAIRING_CEREMONY_UNKNOWN,
                    Map.of("ceremonyId", Texts.abbreviate(ceremonyId)));
        }
        if (signatoryId != null
                && !signatoryId.isBlank()
                && signatory(ceremonyId.strip(), signatoryId.strip()).isEmpty()) {
            problems.add(
                    "signatoryId",
                    AccountsProblem.PAIRING_SIGNATORY_UNKNOWN,
                    Map.of("signatoryId", Texts.abbreviate(signatoryId)));
        }
    }

    /** Exchanges a pairing code for a device and records the pairing in its ceremony, together. */
    @Transactional
    Device pair(String code) {
        Device device = devices.pair(code);
        id(device.ceremonyId())
                .ifPresent(ceremonyId -> ceremonies.devicePaired(
                        ceremonyId, id(device.signatoryId()).orElse(null), device.id()));
        return device;
    }

    private static Optional<UUID> id(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
