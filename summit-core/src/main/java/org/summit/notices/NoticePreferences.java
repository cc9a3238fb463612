package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.summit.notices.NoticeKind.Audience;
import org.summit.shared.Violations;

/**
 * What each person wants to hear about, and how: for each kind of notification that reaches their role, whether in
 * the app and whether by e-mail; e-mails at once or in one daily digest; and the language to write to them in. A
 * person who never chose gets every kind on both channels, at once, in the language of their delegation or the
 * default. The kinds that cannot be turned off (the invitation, the digest itself) are never listed.
 */
@Singleton
public class NoticePreferences {

    /** The languages notifications are written in. */
    public static final List<String> LANGUAGES = List.of("zh-Hant", "en");

    /**
     * One kind of notification and the channels it reaches the person on.
     *
     * @param kind the kind's code, for example {@code session.changed} ({@link NoticeKind})
     * @param inApp whether it is shown in the app's notification centre
     * @param email whether it is e-mailed
     */
    public record Choice(String kind, boolean inApp, boolean email) {}

    /**
     * A person's preferences.
     *
     * @param language {@code zh-Hant} or {@code en}; null for their delegation's choice, or the default
     * @param emailDigest whether e-mails wait for one daily digest instead of going at once
     * @param kinds every kind their role can choose about, in the order the kinds are listed; on a change, the kinds
     *     left out keep what they were
     */
    public record Preferences(@Nullable String language, boolean emailDigest, List<Choice> kinds) {}

    private final NoticePreferenceRepository preferences;
    private final Clock clock;

    NoticePreferences(NoticePreferenceRepository preferences, Clock clock) {
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The preferences of {@code recipient}, a person of {@code audience}, with the defaults where they chose none. */
    public Preferences of(String recipient, Audience audience) {
        return view(preferences.findById(Recipients.key(recipient)), audience);
    }

    /**
     * Replaces the preferences of {@code recipient}, a person of {@code audience}. Refused, naming each field at
     * fault: a kind that does not exist ({@code kinds[i].kind}: {@code notice.kind.unknown}), one not offered to
     * their role or that cannot be turned off ({@code notice.kind.not-offered}), one listed twice
     * ({@code notice.kind.twice}), a language other than zh-Hant or en ({@code language}:
     * {@code notice.language.unknown}). A kind of another role stored before (when the person had another role) is
     * kept as it was.
     */
    @Transactional
    public Preferences save(String recipient, Audience audience, Preferences wanted) {
        String person = Recipients.key(recipient);
        List<Choice> choices = wanted.kinds() == null ? List.of() : wanted.kinds();
        Set<NoticeKind> offered = new HashSet<>(NoticeKind.optionalFor(audience));
        Violations problems = new Violations();
        if (wanted.language() != null && !LANGUAGES.contains(wanted.language())) {
            problems.add("language", NoticesProblem.LANGUAGE_UNKNOWN, Map.of("value", wanted.language()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String field = "kinds[" + i + "].kind";
            String code = choices.get(i) == null ? null : choices.get(i).kind();
            Optional<NoticeKind> kind = code == null ? Optional.empty() : NoticeKind.ofCode(code);
            if (kind.isEmpty()) {
                problems.add(field, NoticesProblem.KIND_UNKNOWN, Map.of("value", String.valueOf(code)));
            } else if (!offered.contains(kind.get())) {
                problems.add(field, NoticesProblem.KIND_NOT_OFFERED, Map.of("value", code));
            } else if (!seen.add(code)) {
                problems.add(field, NoticesProblem.KIND_TWICE, Map.of("value", code));
            }
        }
        problems.throwIfAny();

        Optional<NoticePreference> stored = preferences.findById(person);
        Set<String> inAppOff = new TreeSet<>(codes(stored.map(NoticePreference::inAppOff)));
        Set<String> emailOff = new TreeSet<>(codes(stored.map(NoticePreference::emailOff)));
        for (Choice choice : choices) {
            turn(inAppOff, choice.kind(), choice.inApp());
            turn(emailOff, choice.kind(), choice.email());
        }
        NoticePreference row = new NoticePreference(
                person,
                wanted.language(),
                wanted.emailDigest(),
                String.join(",", inAppOff),
                String.join(",", emailOff),
                clock.instant());
        if (stored.isPresent()) {
            preferences.update(row);
        } else {
            preferences.save(row);
        }
        return view(Optional.of(row), audience);
    }

    private static Preferences view(Optional<NoticePreference> stored, Audience audience) {
        Set<String> inAppOff = codes(stored.map(NoticePreference::inAppOff));
        Set<String> emailOff = codes(stored.map(NoticePreference::emailOff));
        List<Choice> kinds = NoticeKind.optionalFor(audience).stream()
                .map(kind -> new Choice(kind.code(), !inAppOff.contains(kind.code()), !emailOff.contains(kind.code())))
                .toList();
        return new Preferences(
                stored.map(NoticePreference::language).orElse(null),
                stored.map(NoticePreference::emailDigest).orElse(false),
                kinds);
    }

    private static void turn(Set<String> off, String kind, boolean on) {
        if (on) {
            off.remove(kind);
        } else {
            off.add(kind);
        }
    }

    private static Set<String> codes(Optional<String> commaSeparated) {
        return commaSeparated
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(code -> !code.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }
}
