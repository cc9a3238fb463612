package org.summit.cities;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.summit.shared.EmailAddress;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;

/**
 * What is known of a delegation member. A value that exists is valid: both languages of the name and title,
 * known language tags, departure not before arrival, an e-mail that is one, and a writing language Summit has.
 *
 * @param languages the languages the delegate speaks, as BCP 47 tags, for example {@code zh-Hant}, {@code en},
 *     {@code fr}
 * @param email where the delegate is reached; private to organisers and the delegate's own city
 * @param phone a phone number, or null; private like the e-mail
 * @param preferredLanguage the language Summit writes to the delegate in: {@code zh-Hant} or {@code en}
 */
@Introspected
public record DelegateProfile(
        LocalizedText name,
        LocalizedText title,
        List<String> languages,
        boolean needsInterpretation,
        @Nullable LocalDate arrivesOn,
        @Nullable LocalDate departsOn,
        String email,
        @Nullable String phone,
        String preferredLanguage) {

    /** The languages Summit writes in. */
    public static final List<String> WRITING_LANGUAGES = List.of("zh-Hant", "en");

    /** The longest language tag taken; real ones, such as {@code zh-Hant-TW}, are far shorter. */
    public static final int MAX_TAG_LENGTH = 35;

    /** The most languages one delegate lists. */
    public static final int MAX_LANGUAGES = 10;

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./-]{2,38}$");

    public DelegateProfile {
        Texts.requireBilingual("name", name);
        Texts.requireBilingual("title", title);
        languages = languages(languages);
        email = EmailAddress.require("email", email);
        phone = phone(phone);
        requireTravelInOrder(arrivesOn, departsOn);
        requireWritingLanguage(preferredLanguage);
    }

    /**
     * Every rule a profile with these values would break, one refusal per field, so that a form or a file can show
     * them all at once; empty when the profile is valid.
     */
    public static List<InvalidInputException> problems(
            LocalizedText name,
            LocalizedText title,
            List<String> languages,
            @Nullable LocalDate arrivesOn,
            @Nullable LocalDate departsOn,
            String email,
            @Nullable String phone,
            String preferredLanguage) {
        return InvalidInputException.everyProblem(List.of(
                () -> Texts.requireBilingual("name", name),
                () -> Texts.requireBilingual("title", title),
                () -> languages(languages),
                () -> EmailAddress.require("email", email),
                () -> phone(phone),
                () -> requireTravelInOrder(arrivesOn, departsOn),
                () -> requireWritingLanguage(preferredLanguage)));
    }

    @Nullable
    private static String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!PHONE.matcher(phone.strip()).matches()) {
            throw new InvalidInputException(
                    "phone", "'" + Texts.abbreviate(phone) + "' is not a phone number: digits, spaces, + ( ) - . /");
        }
        return phone.strip();
    }

    private static void requireTravelInOrder(@Nullable LocalDate arrivesOn, @Nullable LocalDate departsOn) {
        if (arrivesOn != null && departsOn != null && departsOn.isBefore(arrivesOn)) {
            throw new InvalidInputException(
                    "departsOn", "departsOn (" + departsOn + ") is before arrivesOn (" + arrivesOn + ")");
        }
    }

    private static void requireWritingLanguage(String preferredLanguage) {
        if (!WRITING_LANGUAGES.contains(preferredLanguage)) {
            throw new InvalidInputException(
                    "preferredLanguage",
                    "preferredLanguage is '" + Texts.abbreviate(preferredLanguage) + "': it is zh-Hant or en");
        }
    }

    private static List<String> languages(List<String> tags) {
        Texts.require("languages", tags);
        if (tags.isEmpty()) {
            throw new InvalidInputException("languages", "languages lists at least one language, such as en");
        }
        if (tags.size() > MAX_LANGUAGES) {
            throw new InvalidInputException("languages", "languages lists at most " + MAX_LANGUAGES + " languages");
        }
        Set<String> canonical = new LinkedHashSet<>();
        for (String tag : tags) {
            canonical.add(language(tag));
        }
        return List.copyOf(canonical);
    }

    private static String language(String tag) {
        Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
        String canonical = locale.toLanguageTag();
        if (tag == null
                || tag.strip().length() > MAX_TAG_LENGTH
                || !ISO_LANGUAGES.contains(locale.getLanguage())
                || !canonical.equalsIgnoreCase(tag.strip())
                || !locale.getVariant().isEmpty()) {
            throw new InvalidInputException(
                    "languages",
                    "'" + Texts.abbreviate(tag) + "' is not a language tag: use BCP 47, such as zh-Hant, en or fr");
        }
        return canonical;
    }
}
