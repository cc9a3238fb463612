package org.summit.events.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * An account as it stands after any change: invited, its invitation accepted, its role or name changed, deactivated
 * or reactivated. Produced on {@code summit.accounts.v1}, keyed by the account id; whoever keeps a copy of the
 * accounts (notifications, to write to organisers and staff) replaces its copy with this one.
 *
 * @param accountId the account
 * @param email where the person is reached; also what links a delegate's account to their delegation
 * @param displayName the name the person is shown by
 * @param role {@code ORGANISER}, {@code DELEGATE} or {@code STAFF}
 * @param cityId the city of a delegate's delegation; null for other roles
 * @param active whether the person can log in: the invitation accepted and the account not deactivated
 */
@Serdeable
public record AccountChanged(
        String accountId,
        String email,
        String displayName,
        String role,
        @Nullable String cityId,
        boolean active) implements DomainEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
