package org.summit.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person does at a summit, and so what Summit lets them do. */
public enum Role {
    /** Builds the summit: programme, cities, exchanges, declaration text; manages accounts. */
    ORGANISER,
    /** A member of one city's delegation. */
    DELEGATE,
    /** Runs the signing ceremony console and pairs tablets and screens. */
    STAFF;

    /** The name used in tokens, {@code @Secured} rules and the API: {@code organiser}, {@code delegate}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    /** The role names for {@code @Secured}. */
    public static final class Names {
        public static final String ORGANISER = "organiser";
        public static final String DELEGATE = "delegate";
        public static final String STAFF = "staff";

        private Names() {}
    }
}
