package org.summit.notifications.projections;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * An account as the accounts events last described it: whom notifications writes to as an organiser or as staff.
 *
 * @param role {@code ORGANISER}, {@code DELEGATE} or {@code STAFF}
 * @param active whether the person can log in (invitation accepted, not deactivated)
 */
@MappedEntity("notifications_account")
public record AccountCopy(
        @Id UUID accountId,
        String email,
        String displayName,
        String role,
        @Nullable String cityId,
        boolean active,
        Instant updatedAt) {}
