package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's account. It has no password until its invitation is accepted; the password is kept only as an
 * Argon2id hash.
 *
 * @param cityId the city whose delegation a delegate belongs to; empty for other roles
 */
@MappedEntity("accounts_account")
public record Account(
        @Id UUID id,
        String email,
        String displayName,
        Role role,
        @Nullable String cityId,
        @Nullable String passwordHash,
        Instant createdAt,
        Instant updatedAt) {

    public boolean active() {
        return passwordHash != null;
    }

    Account withPasswordHash(String hash, Instant now) {
        return new Account(id, email, displayName, role, cityId, hash, createdAt, now);
    }
}
