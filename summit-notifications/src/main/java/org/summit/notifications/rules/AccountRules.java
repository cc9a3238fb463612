package org.summit.notifications.rules;

import jakarta.inject.Singleton;
import java.util.List;
import org.summit.events.EventEnvelope;
import org.summit.events.accounts.AccountChanged;
import org.summit.events.accounts.AccountInvited;
import org.summit.notices.NoticeKind;
import org.summit.notifications.delivery.NotificationSettings;
import org.summit.notifications.delivery.Notifier;
import org.summit.notifications.delivery.People;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.Accounts;

/**
 * The accounts' events: every change keeps notifications' copy of the account (whom to write to as organisers and
 * staff); an invitation is e-mailed to the person invited, with the absolute link that sets their password, the same
 * way as every other e-mail (in their delegation's language if the directory knows them, else the default).
 */
@Singleton
class AccountRules {

    private final Accounts accounts;
    private final People people;
    private final Notifier notifier;
    private final NotificationSettings settings;

    AccountRules(Accounts accounts, People people, Notifier notifier, NotificationSettings settings) {
        this.accounts = accounts;
        this.people = people;
        this.notifier = notifier;
        this.settings = settings;
    }

    void changed(AccountChanged changed, EventEnvelope envelope) {
        accounts.keep(changed, envelope.occurredAt());
    }

    void invited(AccountInvited invited, EventEnvelope envelope) {
        notifier.send(
                List.of(people.byAddress(invited.email(), invited.displayName())),
                Letter.of(NoticeKind.ACCOUNT_INVITATION, envelope.eventId(), invited.invitationPath())
                        .body(
                                Phrase.messageOr("role." + invited.role(), Phrase.literal(invited.role())),
                                Phrase.at(invited.expiresAt(), settings.zone())));
    }
}
