package org.summit.notices;

import java.util.Locale;

/** How a person is keyed in the notifications tables: their e-mail address, trimmed and in lower case. */
public final class Recipients {

    private Recipients() {}

    public static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
