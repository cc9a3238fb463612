package org.summit.shared;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * E-mail addresses as Summit keeps them: trimmed, lower case, and written in plain ASCII, so that an address that
 * looks like another (a Cyrillic {@code о} for a Latin {@code o}, an invisible zero-width space) can never stand
 * beside it as a second account.
 */
public final class EmailAddress {

    /** The longest address accepted (RFC 5321's path limit). */
    public static final int MAX_LENGTH = 320;

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PLAIN =
            Pattern.compile("^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)+$");

    private EmailAddress() {}

    /**
     * The address as stored and compared: without the white space around it (also a tab, a no-break or an em space
     * pasted with it), in lower case; empty for null. Login, the login throttle and the accounts all key on this.
     */
    public static String normalise(String email) {
        if (email == null) {
            return "";
        }
        int start = 0;
        int end = email.length();
        while (start < end && blank(email.charAt(start))) {
            start++;
        }
        while (end > start && blank(email.charAt(end - 1))) {
            end--;
        }
        return email.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The normalised address, or a refusal naming {@code field} when it is not a plain e-mail address. */
    public static String require(String field, String email) {
        String normalised = normalise(email);
        if (normalised.isEmpty()) {
            throw InvalidInputException.of(field, SharedProblem.VALUE_REQUIRED);
        }
        if (normalised.length() > MAX_LENGTH || !SHAPE.matcher(normalised).matches()) {
            throw InvalidInputException.of(
                    field, SharedProblem.EMAIL_INVALID, Map.of("value", Texts.abbreviate(email)));
        }
        if (!PLAIN.matcher(normalised).matches()) {
            throw InvalidInputException.of(
                    field, SharedProblem.EMAIL_UNUSUAL_CHARACTERS, Map.of("value", Texts.abbreviate(email)));
        }
        return normalised;
    }
}
