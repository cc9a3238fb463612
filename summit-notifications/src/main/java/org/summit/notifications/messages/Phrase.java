package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.summit.shared.LocalizedText;

/**
 * Something a notification says, not yet in a language: a message of the bundles with its arguments, a text the
 * events carry in both languages, a time. Rules say what to tell people in phrases; the {@link Renderer} says them
 * in the reader's language.
 */
@FunctionalInterface
public interface Phrase {

    String in(Language language, Messages messages);

    /** Text that reads the same in both languages: a name, a code, what a person typed. */
    static Phrase literal(@Nullable String text) {
        return (language, messages) -> text == null ? "" : text;
    }

    /** A text the events carry in both languages. */
    static Phrase of(@Nullable LocalizedText text) {
        return (language, messages) -> language.pick(text);
    }

    /** A message of the bundles, its placeholders {@code {0}}, {@code {1}}, … filled with the arguments. */
    static Phrase message(String key, Phrase... args) {
        List<Phrase> arguments = List.of(args);
        return (language, messages) -> messages.format(
                language,
                key,
                arguments.stream().map(arg -> arg.in(language, messages)).toList());
    }

    /** A message of the bundles without arguments if there is one under {@code key}; else {@code fallback}. */
    static Phrase messageOr(String key, Phrase fallback) {
        return (language, messages) -> messages.has(language, key)
                ? messages.format(language, key, List.of())
                : fallback.in(language, messages);
    }

    /** A local time of the summit, from its start to its end. */
    static Phrase span(LocalDateTime start, LocalDateTime end) {
        return (language, messages) -> language.span(start, end);
    }

    /** An instant as the local time of {@code zone}. */
    static Phrase at(Instant at, ZoneId zone) {
        return (language, messages) -> language.dayAndTime(LocalDateTime.ofInstant(at, zone));
    }

    /** Several phrases as one list, joined as the language joins them. */
    static Phrase list(List<Phrase> parts) {
        return (language, messages) -> parts.stream()
                .map(part -> part.in(language, messages))
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(language.separator()));
    }

    static Phrase list(Phrase... parts) {
        return list(Arrays.asList(parts));
    }
}
