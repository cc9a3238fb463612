package org.summit.api.agenda;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AccountsProblem;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaFeeds;
import org.summit.agenda.AgendaFeeds.FeedOwner;
import org.summit.agenda.AgendaProblem;
import org.summit.shared.NotFoundException;

/**
 * Who may see and change what of the agenda, in one place. By role (the {@code @Secured} rules of the controllers):
 * organisers edit the draft and publish; everyone, anonymous too, reads the latest release; delegates keep their own
 * bookmarks and see their own agenda. By object, here: bookmarks and "my agenda" are the logged-in account's own,
 * and the sessions a delegate speaks in are found by their account's e-mail in the agenda's copy of the delegates.
 * A personal calendar feed is read without logging in: its secret token stands for the account that issued it, for
 * one summit, until replaced or revoked.
 */
@Singleton
class AgendaAccess {

    /** Whose agenda of which summit a feed's token opens. */
    record FeedReader(Account account, UUID summitId) {}

    private final AccountService accounts;
    private final AgendaFeeds feeds;

    AgendaAccess(AccountService accounts, AgendaFeeds feeds) {
        this.accounts = accounts;
        this.feeds = feeds;
    }

    /**
     * The account and summit a feed token stands for, or 404 {@code agenda.feed.not-found}: also when the account is
     * no longer an active delegate's.
     */
    FeedReader feed(String token) {
        FeedOwner owner = feeds.owner(token);
        Account account = accounts.findById(owner.accountId())
                .filter(Account::active)
                .filter(holder -> holder.role() == Role.DELEGATE)
                .orElseThrow(() -> new NotFoundException(AgendaProblem.FEED_NOT_FOUND, Map.of()));
        return new FeedReader(account, owner.summitId());
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
