package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A single-use, expiring invitation to set the password of an account; only the token's hash is stored. */
@MappedEntity("accounts_invitation")
record Invitation(
        @Id String tokenHash,
        UUID accountId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
