package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A paired device's credential: its id is the {@code jti} of the device's token, so staff can revoke it. */
@MappedEntity("accounts_device")
public record Device(
        @Id UUID id,
        DeviceKind kind,
        String ceremonyId,
        @Nullable String signatoryId,
        Instant pairedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
