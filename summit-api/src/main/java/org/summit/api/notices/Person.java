package org.summit.api.notices;

import io.micronaut.security.authentication.Authentication;
import java.util.Locale;
import java.util.Map;
import org.summit.accounts.AccountsProblem;
import org.summit.notices.NoticeKind.Audience;
import org.summit.notices.Recipients;
import org.summit.shared.NotFoundException;

/**
 * The logged-in person as notifications know them: by their account's e-mail address (how summit-notifications keys
 * what it writes for them, the same address that links a delegate of a city to their account), and their role's
 * audience, which decides the kinds of notification they can choose about.
 *
 * @param recipient the e-mail address in lower case ({@link Recipients#key})
 */
record Person(String recipient, Audience audience) {

    static Person of(Authentication authentication) {
        Object email = authentication.getAttributes().get("email");
        String role = authentication.getRoles().stream().findFirst().orElse("");
        if (email == null) {
            // Only people have notifications; the routes are secured for people's roles, so this is a stale session.
            throw new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND, Map.of());
        }
        return new Person(Recipients.key(email.toString()), audienceOf(role));
    }

    private static Audience audienceOf(String role) {
        try {
            return Audience.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notAPerson) {
            throw new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND, Map.of());
        }
    }
}
