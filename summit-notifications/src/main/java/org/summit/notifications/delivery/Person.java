package org.summit.notifications.delivery;

import io.micronaut.core.annotation.Nullable;
import org.summit.notices.Recipients;
import org.summit.notifications.messages.Language;
import org.summit.notifications.messages.Phrase;

/**
 * Someone to notify: keyed by their e-mail address ({@link Recipients#key}), with the name an e-mail greets them by
 * and the language their delegation gave, if any.
 */
public record Person(String key, Phrase name, @Nullable Language language) {

    public static Person of(String email, Phrase name, @Nullable Language language) {
        return new Person(Recipients.key(email), name, language);
    }
}
