package org.summit.api.agenda;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AccountsProblem;
import org.summit.shared.NotFoundException;

/**
 * Who may see and change what of the agenda, in one place. By role (the {@code @Secured} rules of the controllers):
 * organisers edit the draft and publish; everyone, anonymous too, reads the latest release; delegates keep their own
 * bookmarks and see their own agenda. By object, here: bookmarks and "my agenda" are the logged-in account's own,
 * and the sessions a delegate speaks in are found by their account's e-mail in the agenda's copy of the delegates.
 */
@Singleton
class AgendaAccess {

    private final AccountService accounts;

    AgendaAccess(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The account of the person asking: their bookmarks are theirs only. */
    Account self(Authentication person) {
        return account(person).orElseThrow(() -> new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND));
    }

    private Optional<Account> account(Authentication person) {
        try {
            return accounts.findById(UUID.fromString(person.getName()));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
