package org.summit.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as Summit keeps them: trimmed, lower case, and shaped like an address. */
public final class EmailAddress {

    /** The longest address accepted (RFC 5321's path limit). */
    public static final int MAX_LENGTH = 320;

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddress() {}

    /** The address as stored and compared: trimmed and lower case; empty for null. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised address, or a refusal naming {@code field} when it is not an e-mail address. */
    public static String require(String field, String email) {
        String normalised = normalise(email);
        if (normalised.length() > MAX_LENGTH || !SHAPE.matcher(normalised).matches()) {
            throw new InvalidInputException(field, "'" + Texts.abbreviate(email) + "' is not an e-mail address");
        }
        return normalised;
    }
}
