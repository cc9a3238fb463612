package org.summit.api.cities;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.api.accounts.ClientAddress;

/** Who is looking: what their account may see of a city, and the audit record of what they did. */
@Singleton
class Viewers {

    private final AccountService accounts;
    private final AuditLog audit;

    Viewers(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Contact details and travel days are for organisers and the city's own delegates only. */
    boolean mayReadPrivateDetails(Authentication viewer, String cityId) {
        if (viewer.getRoles().contains(Role.Names.ORGANISER)) {
            return true;
        }
        return viewer.getRoles().contains(Role.Names.DELEGATE)
                && account(viewer).map(Account::cityId).filter(cityId::equals).isPresent();
    }

    Optional<Account> account(Authentication viewer) {
        try {
            return accounts.findById(UUID.fromString(viewer.getName()));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }

    void audit(Authentication actor, HttpRequest<?> request, AuditAction action, String subject) {
        audit.record(
                account(actor).map(Account::email).orElse(actor.getName()),
                action,
                subject,
                ClientAddress.of(request),
                "ok");
    }
}
