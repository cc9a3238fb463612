package org.summit.events.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.summit.events.DomainEvent;

/**
 * An organiser invited someone: notifications e-mails them the link. Produced on {@code summit.accounts.v1}, keyed
 * by the account id. The path holds the single-use token, so the topic is read only by summit-notifications (its
 * ACL in the README).
 *
 * @param accountId the account made for the person
 * @param email where the invitation goes
 * @param displayName the name the organiser gave
 * @param role {@code ORGANISER}, {@code DELEGATE} or {@code STAFF}
 * @param cityId the city of a delegate's delegation; null for other roles
 * @param invitationPath the path of the page that sets the password, {@code /invitation/{token}}
 * @param expiresAt until when the link can be used
 */
@Serdeable
public record AccountInvited(
        String accountId,
        String email,
        String displayName,
        String role,
        @Nullable String cityId,
        String invitationPath,
        Instant expiresAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
