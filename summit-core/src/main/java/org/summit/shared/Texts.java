package org.summit.shared;

import java.util.Map;

/** Checks on the texts people type: present, not too long, and free of characters that hide or fake text. */
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
            throw InvalidInputException.of(field, SharedProblem.VALUE_REQUIRED);
        }
        return value;
    }

    /** Refuses a bilingual text that is missing, blank in either language, too long or on more than one line. */
    public static LocalizedText requireBilingual(String field, LocalizedText text) {
        require(field, text);
        Violations problems = new Violations();
        problems.check(() -> requireLine(field + ".zh-Hant", text.zhHant(), LocalizedText.MAX_LENGTH));
        problems.check(() -> requireLine(field + ".en", text.en(), LocalizedText.MAX_LENGTH));
        problems.throwIfAny();
        return text;
    }

    /**
     * A bilingual text that may be left out: null when both languages are blank, refused when only one is given;
     * paragraphs (line breaks) are allowed.
     */
    public static LocalizedText optionalBilingualParagraphs(String field, LocalizedText text, int maxLength) {
        if (text == null || (blank(text.zhHant()) && blank(text.en()))) {
            return null;
        }
        Violations problems = new Violations();
        for (String language : new String[] {"zh-Hant", "en"}) {
            String value = language.equals("en") ? text.en() : text.zhHant();
            if (blank(value)) {
                problems.add(field + "." + language, SharedProblem.TEXT_ONE_LANGUAGE_ONLY);
            } else {
                problems.check(() -> requireText(field + "." + language, value, maxLength, true));
            }
        }
        problems.throwIfAny();
        return LocalizedText.of(text.zhHant().strip(), text.en().strip());
    }

    /** Refuses a blank, too long or multi-line text, naming {@code field}. */
    public static String requireLine(String field, String text, int maxLength) {
        return requireText(field, text, maxLength, false);
    }

    /** Refuses a blank or too long text, naming {@code field}; line breaks only where a paragraph is allowed. */
    public static String requireText(String field, String text, int maxLength, boolean paragraphs) {
        if (blank(text)) {
            throw InvalidInputException.of(field, SharedProblem.VALUE_REQUIRED);
        }
        if (text.length() > maxLength) {
            throw InvalidInputException.of(field, SharedProblem.TEXT_TOO_LONG, Map.of("max", maxLength));
        }
        requireVisible(field, text, paragraphs);
        return text;
    }

    /**
     * Refuses control characters (a NUL, a bell, a line break where none belongs), which can forge lines in logs
     * and files, and the Unicode controls that reverse or hide the direction of text (U+202E and its kin), which
     * make a text read otherwise than it is.
     */
    public static void requireVisible(String field, String text, boolean paragraphs) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') && !paragraphs) {
                throw InvalidInputException.of(field, SharedProblem.TEXT_LINE_BREAK);
            }
            if (c == '\n' || (c == '\r' && paragraphs) || (c == '\t' && paragraphs)) {
                continue;
            }
            if (Character.isISOControl(c) || hidesOrTurnsText(c)) {
                throw InvalidInputException.of(
                        field, SharedProblem.TEXT_INVISIBLE_CHARACTER, Map.of("position", i + 1));
            }
        }
    }

    private static boolean hidesOrTurnsText(char c) {
        return (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // isolates
                || c == '\u200B' // zero-width space
                || c == '\u2060' // word joiner
                || c == '\uFEFF' // byte order mark inside a text
                || c == '\u2028'
                || c == '\u2029';
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
