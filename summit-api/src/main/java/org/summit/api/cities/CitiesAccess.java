package org.summit.api.cities;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.cities.CitiesProblem;
import org.summit.cities.CitiesService;
import org.summit.cities.Delegate;
import org.summit.shared.CityCode;
import org.summit.shared.NotFoundException;

/**
 * Who may see and change what of the attendee cities, in one place. By role (the {@code @Secured} rules of the
 * controllers): everyone logged in reads the cities and their public delegations; organisers change them. By
 * object, here: contact details and travel days are for organisers and the city's own delegates; a delegate edits
 * only their own profile, found by their account's city and e-mail.
 */
@Singleton
class CitiesAccess {

    private final AccountService accounts;
    private final CitiesService cities;

    CitiesAccess(AccountService accounts, CitiesService cities) {
        this.accounts = accounts;
        this.cities = cities;
    }

    /** Contact details and travel days are for organisers and the city's own delegates only. */
    boolean mayReadPrivateDetails(Authentication viewer, CityCode city) {
        if (viewer.getRoles().contains(Role.Names.ORGANISER)) {
            return true;
        }
        return viewer.getRoles().contains(Role.Names.DELEGATE)
                && account(viewer)
                        .map(Account::cityId)
                        .filter(city.value()::equals)
                        .isPresent();
    }

    /** The delegate's own entry in their city's delegation, or a refusal when the account is not listed there. */
    Delegate self(Authentication delegate) {
        Account account = account(delegate).orElseThrow(CitiesAccess::notListed);
        return cities.delegateByEmail(account.email())
                .filter(found -> found.cityId().equals(account.cityId()))
                .orElseThrow(CitiesAccess::notListed);
    }

    private Optional<Account> account(Authentication viewer) {
        try {
            return accounts.findById(UUID.fromString(viewer.getName()));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }

    private static NotFoundException notListed() {
        return new NotFoundException(CitiesProblem.DELEGATE_NOT_LISTED, Map.of());
    }
}
