package org.summit.cities;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.summit.shared.EmailAddress;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What is known of a delegation member. A value that exists is valid: the constructor refuses, all at once, a
 * name or title missing in either language, unknown language tags, a departure before the arrival, an e-mail that
 * is not one, a phone number that is not one and a writing language Summit does not have. The form and the import
 * file both build it with {@link #from}, so they give the same code for the same mistake.
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
        Violations problems = new Violations();
        problems.check(() -> Texts.requireBilingual("name", name));
        problems.check(() -> Texts.requireBilingual("title", title));
        List<String> givenLanguages = languages;
        String givenEmail = email;
        String givenPhone = phone;
        List<String> canonical = problems.read(() -> languages(givenLanguages));
        String address = problems.read(() -> EmailAddress.require("email", givenEmail));
        String number = problems.read(() -> phone(givenPhone));
        problems.check(() -> requireTravelInOrder(arrivesOn, departsOn));
        problems.check(() -> requireWritingLanguage(preferredLanguage));
        problems.throwIfAny();
        languages = canonical;
        email = address;
        phone = number;
    }

    /** The profile from what a person typed or a file holds: the travel days as ISO dates, {@code 2016-03-23}. */
    public static DelegateProfile from(
            LocalizedText name,
            LocalizedText title,
            List<String> languages,
            boolean needsInterpretation,
            @Nullable String arrivesOn,
            @Nullable String departsOn,
            String email,
            @Nullable String phone,
            String preferredLanguage) {
        Violations problems = new Violations();
        LocalDate arrival = problems.read(() -> date("arrivesOn", arrivesOn));
        LocalDate departure = problems.read(() -> date("departsOn", departsOn));
        return problems.build(() -> new DelegateProfile(
                name,
                title,
                languages,
                needsInterpretation,
                arrival,
                departure,
                email,
                phone,
                preferredLanguage == null ? null : preferredLanguage.strip()));
    }

    /** A date written as {@code 2016-03-23}, null for nothing written; refused naming {@code field} otherwise. */
    @Nullable
    public static LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, SharedProblem.DATE_INVALID, Map.of("value", Texts.abbreviate(value)));
        }
    }

    @Nullable
    private static String phone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        if (!PHONE.matcher(phone.strip()).matches()) {
            throw InvalidInputException.of(
                    "phone", CitiesProblem.PHONE_INVALID, Map.of("value", Texts.abbreviate(phone)));
        }
        return phone.strip();
    }

    private static void requireTravelInOrder(@Nullable LocalDate arrivesOn, @Nullable LocalDate departsOn) {
        if (arrivesOn != null && departsOn != null && departsOn.isBefore(arrivesOn)) {
            throw InvalidInputException.of(
                    "departsOn",
                    CitiesProblem.TRAVEL_OUT_OF_ORDER,
                    Map.of("arrivesOn", arrivesOn.toString(), "departsOn", departsOn.toString()));
        }
    }

    private static void requireWritingLanguage(String preferredLanguage) {
        if (preferredLanguage == null || preferredLanguage.isBlank()) {
            throw InvalidInputException.of("preferredLanguage", SharedProblem.VALUE_REQUIRED);
        }
        if (!WRITING_LANGUAGES.contains(preferredLanguage)) {
            throw InvalidInputException.of(
                    "preferredLanguage",
                    CitiesProblem.WRITING_LANGUAGE_UNKNOWN,
                    Map.of("value", Texts.abbreviate(preferredLanguage)));
        }
    }

    private static List<String> languages(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            throw InvalidInputException.of("languages", CitiesProblem.LANGUAGES_EMPTY);
        }
        if (tags.size() > MAX_LANGUAGES) {
            throw InvalidInputException.of("languages", CitiesProblem.LANGUAGES_TOO_MANY, Map.of("max", MAX_LANGUAGES));
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
            throw InvalidInputException.of(
                    "languages", SharedProblem.LANGUAGE_UNKNOWN, Map.of("value", Texts.abbreviate(tag)));
        }
        return canonical;
    }
}
