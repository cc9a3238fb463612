package org.summit.accounts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The devices staff pair for a ceremony; each kind is also the role its credential carries. */
public enum DeviceKind {
    /** A signatory's tablet: submits strokes for exactly one signatory of one ceremony. */
    TABLET,
    /** The big screen: reads one ceremony, changes nothing. */
    SCREEN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeviceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }

    /** The role names for {@code @Secured}. */
    public static final class Names {
        public static final String TABLET = "tablet";
        public static final String SCREEN = "screen";

        private Names() {}
    }
}
