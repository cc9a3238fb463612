package org.summit.api.ceremony;

import io.micronaut.security.authentication.Authentication;
import java.util.UUID;
import org.summit.api.accounts.DeviceCredentials;
import org.summit.ceremony.CeremonyProblem;
import org.summit.shared.NotFoundException;

/** Who may read a ceremony: staff and organisers any; a paired tablet or screen only its own (others look unknown). */
final class CeremonyAccess {

    private CeremonyAccess() {}

    static void requireReader(UUID ceremonyId, Authentication who) {
        DeviceCredentials.device(who).ifPresent(device -> {
            if (!device.ceremonyId().equals(ceremonyId.toString())) {
                throw new NotFoundException(CeremonyProblem.CEREMONY_NOT_FOUND);
            }
        });
    }
}
