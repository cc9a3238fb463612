package org.summit.api.accounts;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;

/**
 * Who may see which accounts, in one place. By role (the {@code @Secured} rules): organisers manage every account,
 * the audit log and invitations; staff pair devices. By object, here: a delegate sees their own account and those
 * of their city's delegation; staff see their own; any other account answers as if it did not exist.
 */
@Singleton
class AccountsAccess {

    private final AccountService accounts;

    AccountsAccess(AccountService accounts) {
        this.accounts = accounts;
    }

    boolean mayRead(Authentication viewer, Account account) {
        if (viewer.getRoles().contains(Role.Names.ORGANISER)) {
            return true;
        }
        if (account.id().toString().equals(viewer.getName())) {
            return true;
        }
        if (viewer.getRoles().contains(Role.Names.DELEGATE)) {
            return accounts.findById(UUID.fromString(viewer.getName()))
                    .map(Account::cityId)
                    .filter(city -> city.equals(account.cityId()))
                    .isPresent();
        }
        return false;
    }
}
