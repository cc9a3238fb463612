package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summit.shared.LocalizedText;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes {@link Letter}s with Thymeleaf: the in-app notification's title and body in both languages, and the e-mail
 * in the reader's language as plain text ({@code mail.txt}, TEXT mode) and HTML ({@code mail.html}, HTML mode, every
 * value escaped), from the templates under {@code notifications/templates/} and the {@link Messages} bundles.
 */
@Singleton
public class Renderer {

    private static final String TEMPLATES = "notifications/templates/";

    private final TemplateEngine engine;
    private final Messages messages;
    private final CalendarWriter calendars;
    private final PublicLinks links;

    Renderer(Messages messages, CalendarWriter calendars, PublicLinks links) {
        this.messages = messages;
        this.calendars = calendars;
        this.links = links;
        this.engine = new TemplateEngine();
        engine.setTemplateResolvers(
                Set.of(resolver(TemplateMode.HTML, "*.html", 1), resolver(TemplateMode.TEXT, "*.txt", 2)));
        engine.setMessageResolver(new BundleMessageResolver(messages));
    }

    /** The title in both languages: the in-app notification's, and the e-mail's subject. */
    public LocalizedText title(Letter letter) {
        return LocalizedText.of(title(letter, Language.ZH_HANT), title(letter, Language.EN));
    }

    /** The in-app notification's body in both languages: the lead, then each detail. */
    public LocalizedText body(Letter letter) {
        return LocalizedText.of(
                engine.process("notice.txt", context(letter, Language.ZH_HANT, null))
                        .strip(),
                engine.process("notice.txt", context(letter, Language.EN, null)).strip());
    }

    /**
     * The e-mail to {@code name}, in {@code language}, with the letter's calendar attachment or, when given,
     * {@code calendar} instead (a digest's, merged from the e-mails it carries).
     */
    public RenderedMail mail(Letter letter, Language language, Phrase name, @Nullable String calendar) {
        Context context = context(letter, language, name.in(language, messages));
        if (calendar == null && !letter.calendar().isEmpty()) {
            calendar = calendars.write(letter.calendar(), language);
        }
        context.setVariable("calendar", calendar != null);
        return new RenderedMail(
                title(letter, language),
                engine.process("mail.txt", context),
                engine.process("mail.html", context),
                calendar);
    }

    /** A phrase in a language, with the bundles of this renderer. */
    public String say(Phrase phrase, Language language) {
        return phrase.in(language, messages);
    }

    private String title(Letter letter, Language language) {
        return say(Phrase.message(letter.prefix() + ".title", letter.titleArgs().toArray(Phrase[]::new)), language);
    }

    private Context context(Letter letter, Language language, @Nullable String name) {
        Context context = new Context(language.locale());
        context.setVariable("lang", language.tag());
        context.setVariable("kind", letter.kind().code());
        context.setVariable("name", name);
        context.setVariable("subject", title(letter, language));
        context.setVariable(
                "lead",
                say(Phrase.message(letter.prefix() + ".body", letter.bodyArgs().toArray(Phrase[]::new)), language));
        context.setVariable(
                "items",
                letter.items().stream()
                        .map(item -> pair("title", say(item.title(), language), "text", say(item.text(), language)))
                        .toList());
        context.setVariable(
                "action",
                letter.link() == null
                        ? null
                        : pair(
                                "label",
                                say(Phrase.message(letter.prefix() + ".action"), language),
                                "url",
                                links.absolute(letter.link())));
        List<Map<String, String>> more = letter.links().stream()
                .map(link -> pair("label", say(link.label(), language), "url", link.url()))
                .toList();
        context.setVariable("links", more);
        context.setVariable("calendar", false);
        return context;
    }

    private static Map<String, String> pair(String k1, String v1, String k2, String v2) {
        Map<String, String> map = new HashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Renderer.class.getClassLoader());
        resolver.setPrefix(TEMPLATES);
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Thymeleaf's {@code #{key(args)}} read from the same bundles as the in-app texts, in the template's language. */
    private static final class BundleMessageResolver implements IMessageResolver {

        private final Messages messages;

        BundleMessageResolver(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String getName() {
            return "summit-notifications";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            Language language = Language.ofTag(context.getLocale().toLanguageTag())
                    .orElse(context.getLocale().getLanguage().equals("en") ? Language.EN : Language.ZH_HANT);
            if (!messages.has(language, key)) {
                return null;
            }
            return messages.format(
                    language,
                    key,
                    args == null
                            ? List.of()
                            : java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        @Override
        public String createAbsentMessageRepresentation(
                ITemplateContext context, Class<?> origin, String key, Object[] args) {
            throw new IllegalStateException("No message " + key + " for the templates");
        }
    }
}
