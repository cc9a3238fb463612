package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A pairing code staff issued for one device: single use, expiring within minutes; only its hash is stored.
 * Once used, {@code deviceId} is the id of the device credential it produced.
 */
@MappedEntity("accounts_device_pairing")
record DevicePairing(
        @Id String codeHash,
        DeviceKind kind,
        String ceremonyId,
        @Nullable String signatoryId,
        String issuedBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt,
        @Nullable UUID deviceId) {}
