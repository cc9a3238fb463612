package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;
import org.summit.events.accounts.AccountChanged;

/**
 * A person's account. It has no password until its invitation is accepted; the password is kept only as an
 * Argon2id hash.
 *
 * @param cityId the city whose delegation a delegate belongs to; empty for other roles
 * @param deactivatedAt when an organiser deactivated it; null while it is not deactivated
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
        Instant updatedAt,
        @Nullable Instant deactivatedAt) {

    /** Whether it can log in: its password is set and it is not deactivated. */
    public boolean active() {
        return passwordHash != null && deactivatedAt == null;
    }

    public boolean deactivated() {
        return deactivatedAt != null;
    }

    /** The account as every change of it is announced: all of it but its password and times. */
    AccountChanged changed() {
        return new AccountChanged(id.toString(), email, displayName, role.name(), cityId, active());
    }

    Account withPasswordHash(String hash, Instant now) {
        return new Account(id, email, displayName, role, cityId, hash, createdAt, now, deactivatedAt);
    }

    Account withRole(Role newRole, @Nullable String newCityId, Instant now) {
        return new Account(id, email, displayName, newRole, newCityId, passwordHash, createdAt, now, deactivatedAt);
    }

    Account deactivatedAt(@Nullable Instant at, Instant now) {
        return new Account(id, email, displayName, role, cityId, passwordHash, createdAt, now, at);
    }
}
