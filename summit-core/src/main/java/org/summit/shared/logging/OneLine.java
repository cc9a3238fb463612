package org.summit.shared.logging;

/**
 * Keeps text that people typed on the log line it belongs to: a delegate named {@code "Ann\n12:00:00.000 INFO …"}
 * must not forge a second line, and a right-to-left override must not make a line read backwards. Line breaks,
 * every other control character, Unicode line and paragraph separators and bidirectional formatting characters are
 * written as visible escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u202E}).
 */
public final class OneLine {

    private OneLine() {}

    /** The text with every character that could start a line or reorder it escaped; the same string when none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                safe.append(c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else {
                safe.append(String.format("\\u%04X", (int) c));
            }
        }
        return safe.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        if (c >= ' ' && c < 0x7F) {
            return false;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> bidiControl(c);
        };
    }

    /** The characters that change the direction of the text around them (Unicode's Bidi_Control property). */
    private static boolean bidiControl(char c) {
        return c == '\u061C'
                || c == '\u200E'
                || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
