package org.summit.notifications.delivery;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.notifications.Recipient;
import org.summit.notifications.RecipientDirectory;
import org.summit.notifications.messages.Language;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.AccountCopy;
import org.summit.notifications.projections.Accounts;

/**
 * Whom a notification reaches, from notifications' own copies: delegates from the recipient directory (the cities
 * events), organisers and staff from the accounts (the accounts events). A delegate's account and their delegation
 * share the e-mail address, the key of both.
 */
@Singleton
public class People {

    private static final Logger LOG = LoggerFactory.getLogger(People.class);

    private final RecipientDirectory directory;
    private final Accounts accounts;

    People(RecipientDirectory directory, Accounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    /** A delegate by id; empty (and logged) for one the directory does not know, or an id that is not one. */
    public Optional<Person> delegate(String delegateId) {
        Optional<Recipient> found;
        try {
            found = directory.find(UUID.fromString(delegateId));
        } catch (IllegalArgumentException notAnId) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            LOG.info("No recipient {} in the directory: not notified", delegateId);
        }
        return found.map(People::of);
    }

    /** A delegate's name, or their id where the directory does not know them. */
    public Phrase name(String delegateId) {
        try {
            return directory
                    .find(UUID.fromString(delegateId))
                    .map(recipient -> Phrase.of(recipient.name()))
                    .orElse(Phrase.literal(delegateId));
        } catch (IllegalArgumentException notAnId) {
            return Phrase.literal(delegateId);
        }
    }

    /** Every delegate named, once each, those unknown left out. */
    public List<Person> delegates(List<String> delegateIds) {
        return delegateIds.stream()
                .distinct()
                .map(this::delegate)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The members of the cities' delegations. */
    public List<Person> delegations(List<String> cityIds) {
        return cityIds.stream()
                .distinct()
                .flatMap(city -> directory.ofCity(city).stream())
                .map(People::of)
                .toList();
    }

    /** Every delegate of every attending city. */
    public List<Person> everyDelegate() {
        return directory.all().stream().map(People::of).toList();
    }

    /** The person of an account that can log in; empty for one deactivated or not known. */
    public Optional<Person> account(String accountId) {
        return accounts.find(accountId).filter(AccountCopy::active).map(this::of);
    }

    /** The organisers who can log in. */
    public List<Person> organisers() {
        return accounts.active(Accounts.ORGANISER).stream().map(this::of).toList();
    }

    /** The ceremony staff who can log in. */
    public List<Person> staff() {
        return accounts.active(Accounts.STAFF).stream().map(this::of).toList();
    }

    /**
     * Someone by e-mail address: as a delegate if the directory has the address, else by their account's name, else
     * by the address itself (a person invited before their delegation's entry arrived).
     */
    public Person byAddress(String email, String fallbackName) {
        return directory
                .byAddress(email)
                .map(People::of)
                .or(() -> accounts.byAddress(email).map(this::of))
                .orElseGet(() -> Person.of(email, Phrase.literal(fallbackName), null));
    }

    private Person of(AccountCopy account) {
        Language language = directory
                .byAddress(account.email())
                .flatMap(delegate -> Language.ofTag(delegate.language()))
                .orElse(null);
        return Person.of(account.email(), Phrase.literal(account.displayName()), language);
    }

    private static Person of(Recipient recipient) {
        return Person.of(
                recipient.email(),
                Phrase.of(recipient.name()),
                Language.ofTag(recipient.language()).orElse(null));
    }
}
