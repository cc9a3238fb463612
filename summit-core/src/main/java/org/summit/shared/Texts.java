package org.summit.shared;

/** Checks on the short texts people type, with messages that quote what they typed. */
public final class Texts {

    private static final int QUOTE_LENGTH = 64;

    private Texts() {}

    /** The text, cut to a length that fits in an error message. */
    public static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH) + "…";
    }

    /** Refuses a missing value, naming {@code field}. */
    public static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /** Refuses a bilingual text that is missing, blank in either language or too long. */
    public static LocalizedText requireBilingual(String field, LocalizedText text) {
        require(field, text);
        requireText(field + ".zh-Hant", text.zhHant(), LocalizedText.MAX_LENGTH);
        requireText(field + ".en", text.en(), LocalizedText.MAX_LENGTH);
        return text;
    }

    /** Refuses a blank or too long text, naming {@code field}. */
    public static String requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, field + " has at most " + maxLength + " characters");
        }
        return text;
    }
}
