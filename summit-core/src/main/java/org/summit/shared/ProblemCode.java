package org.summit.shared;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of one kind of refusal, such as {@code city.signatory.already-designated}, with its English
 * message. Each context lists its codes in an enum that implements this interface. The API sends the code and its
 * args beside the English message; the UI writes the message in the reader's language from its own catalogues,
 * which a test holds to the codes listed here, so a code the server can send always has a text in zh-Hant and
 * English.
 */
public interface ProblemCode {

    /** The code as the API sends it: dot-separated words in lower case, for example {@code time-zone.unknown}. */
    String code();

    /**
     * The message in English, for API users and logs, with a {@code {name}} placeholder for each arg the code
     * comes with; the UI's catalogues use the same names.
     */
    String english();

    /** The message with {@code args} put into its placeholders; a bilingual arg is given in English. */
    default String render(Map<String, ?> args) {
        Matcher placeholder = PLACEHOLDER.matcher(english());
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            Object value = args.get(placeholder.group(1));
            String text = value instanceof LocalizedText bilingual ? bilingual.en() : String.valueOf(value);
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(text));
        }
        placeholder.appendTail(rendered);
        return rendered.toString();
    }

    /** The names of the args this code's message needs. */
    default Set<String> argNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(english());
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
}
