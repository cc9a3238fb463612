package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A login: its id is the {@code jti} of the session token, so logging out or changing the password revokes the
 * token on the server, not only in the browser.
 */
@MappedEntity("accounts_session")
public record Session(
        @Id UUID id,
        UUID accountId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
