package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.summit.accounts.Account;

/**
 * An account as the API shows it: never its password hash.
 *
 * @param active whether it can log in (its password is set and it is not deactivated)
 * @param deactivated whether an organiser deactivated it
 */
@Serdeable
@Schema(name = "Account")
record AccountView(
        UUID id,
        String email,
        String displayName,
        String role,
        @Nullable String cityId,
        boolean active,
        boolean deactivated) {

    static AccountView of(Account account) {
        return new AccountView(
                account.id(),
                account.email(),
                account.displayName(),
                account.role().code(),
                account.cityId(),
                account.active(),
                account.deactivated());
    }
}
