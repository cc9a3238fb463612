package org.summit.ceremony;

import java.util.Arrays;
import java.util.Optional;

/** How signing opens: for every signatory at once, or for each when staff call them, in protocol order. */
public enum SigningMode {
    EVERYONE("everyone"),
    ONE_BY_ONE("one-by-one");

    private final String code;

    SigningMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SigningMode> of(String code) {
        return Arrays.stream(values()).filter(mode -> mode.code.equals(code)).findFirst();
    }
}
