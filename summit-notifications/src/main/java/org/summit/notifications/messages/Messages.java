package org.summit.notifications.messages;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The message bundles of notifications, one per language ({@code notifications/messages_en.properties} and
 * {@code notifications/messages_zh-Hant.properties}, UTF-8): the in-app titles and bodies and the e-mails' texts all
 * come from them. Placeholders are {@code {0}}, {@code {1}}, …, filled as they are (no {@link java.text.MessageFormat}
 * quoting rules, so an apostrophe in English needs no escaping).
 */
@Singleton
public class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public Messages() {
        for (Language language : Language.values()) {
            bundles.put(language, load("notifications/messages_" + language.tag() + ".properties"));
        }
    }

    /** The message {@code key} in {@code language} with its placeholders filled; a missing key is a defect. */
    public String format(Language language, String key, List<String> args) {
        String pattern = bundles.get(language).getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No message " + key + " in " + language.tag());
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(index < args.size() ? args.get(index) : ""));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    /** Every key of a language's bundle, for the test that keeps the bundles alike. */
    public Set<String> keys(Language language) {
        return bundles.get(language).stringPropertyNames().stream().collect(Collectors.toSet());
    }

    private static Properties load(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
