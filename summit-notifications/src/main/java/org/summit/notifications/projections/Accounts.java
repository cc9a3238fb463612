package org.summit.notifications.projections;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.accounts.AccountChanged;
import org.summit.notices.Recipients;

/**
 * Notifications' copy of the accounts, from {@code AccountChanged} alone: each event replaces the account it names
 * (the events of one account arrive in order, keyed by it). It tells whom to write to as the organisers and as the
 * ceremony staff.
 */
@Singleton
public class Accounts {

    public static final String ORGANISER = "ORGANISER";
    public static final String STAFF = "STAFF";

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    private final AccountCopyRepository accounts;

    Accounts(AccountCopyRepository accounts) {
        this.accounts = accounts;
    }

    /** Keeps the account as the event describes it. Call within the inbox's transaction. */
    public void keep(AccountChanged changed, Instant occurredAt) {
        AccountCopy copy = new AccountCopy(
                UUID.fromString(changed.accountId()),
                changed.email(),
                changed.displayName(),
                changed.role(),
                changed.cityId(),
                changed.active(),
                occurredAt);
        if (accounts.existsById(copy.accountId())) {
            accounts.update(copy);
        } else {
            accounts.save(copy);
        }
        LOG.info("Accounts: {} is {} ({})", copy.accountId(), copy.role(), copy.active() ? "active" : "inactive");
    }

    /** The active accounts of a role, for example every organiser who can log in. */
    public List<AccountCopy> active(String role) {
        return accounts.findByRoleAndActiveOrderByDisplayNameAsc(role, true);
    }

    /** The account, as the accounts events last described it. */
    public Optional<AccountCopy> find(String accountId) {
        try {
            return accounts.findById(UUID.fromString(accountId));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The account of an e-mail address, the latest if several have had it. */
    public Optional<AccountCopy> byAddress(String email) {
        return accounts.findByAddress(Recipients.key(email)).stream().findFirst();
    }
}
