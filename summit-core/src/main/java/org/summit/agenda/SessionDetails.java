package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.summit.shared.Choices;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * What an organiser says about a session of the draft programme. A value that exists is valid: the constructor
 * refuses, all at once, a title in neither language, a missing type, language or room, an end before the start or at it, a
 * session longer than {@value #MAX_HOURS} hours, more than {@value #MAX_SPEAKERS} speakers and a person named twice.
 *
 * <p>A title or abstract in one language only is taken into the draft: it is a missing translation, which blocks
 * publishing (see {@link ConflictKind#TITLE_TRANSLATION_MISSING}) but not the organiser's work on the timetable.
 *
 * @param title the title in zh-Hant, English or both
 * @param summary the abstract, or null
 * @param language the language the session is held in: {@code zh-Hant} or {@code en} (interpretation, where the
 *     room has it, makes it followable in the other)
 * @param trackId the track, or null
 * @param startsAt the start, local time in the summit's zone
 * @param endsAt the end, local time in the summit's zone
 * @param speakerIds the speakers as delegate ids, in the order they are listed
 * @param moderatorId the moderator as a delegate id, or null
 */
@Introspected
public record SessionDetails(
        LocalizedText title,
        @Nullable LocalizedText summary,
        SessionType type,
        String language,
        @Nullable UUID trackId,
        UUID roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        List<UUID> speakerIds,
        @Nullable UUID moderatorId) {

    public static final int MAX_HOURS = 12;
    public static final int MAX_SPEAKERS = 20;
    public static final int MAX_ABSTRACT_LENGTH = 4000;

    /** The languages a session can be held in, as BCP 47 tags. */
    public static final List<String> LANGUAGES = List.of("zh-Hant", "en");

    public SessionDetails {
        Violations problems = new Violations();
        LocalizedText givenTitle = title;
        LocalizedText checkedTitle = problems.read(() -> requireTitle(givenTitle));
        LocalizedText givenSummary = summary;
        LocalizedText checkedSummary = problems.read(() -> optionalAbstract(givenSummary));
        problems.check(() -> Texts.require("type", type));
        String givenLanguage = language;
        String checkedLanguage = problems.read(() -> requireLanguage(givenLanguage));
        problems.check(() -> Texts.require("roomId", roomId));
        problems.check(() -> Texts.require("startsAt", startsAt));
        problems.check(() -> Texts.require("endsAt", endsAt));
        if (startsAt != null && endsAt != null) {
            Map<String, Object> times = Map.of("startsAt", startsAt.toString(), "endsAt", endsAt.toString());
            if (endsAt.isBefore(startsAt)) {
                problems.add("endsAt", AgendaProblem.SESSION_TIMES_OUT_OF_ORDER, times);
            } else if (endsAt.equals(startsAt)) {
                problems.add("endsAt", AgendaProblem.SESSION_TIMES_EMPTY);
            } else if (Duration.between(startsAt, endsAt).compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
                problems.add("endsAt", AgendaProblem.SESSION_TOO_LONG, Map.of("max", MAX_HOURS));
            }
        }
        List<UUID> speakers = speakerIds == null ? List.of() : List.copyOf(speakerIds);
        UUID moderator = moderatorId;
        if (speakers.size() > MAX_SPEAKERS) {
            problems.add("speakerIds", AgendaProblem.SPEAKERS_TOO_MANY, Map.of("max", MAX_SPEAKERS));
        } else {
            Set<UUID> named = new HashSet<>();
            List<UUID> everyone = new ArrayList<>(speakers);
            if (moderatorId != null) {
                everyone.add(moderatorId);
            }
            for (UUID person : everyone) {
                if (!named.add(person)) {
                    problems.add(
                            moderator != null && person.equals(moderator) ? "moderatorId" : "speakerIds",
                            AgendaProblem.SPEAKER_TWICE);
                }
            }
        }
        problems.throwIfAny();
        title = checkedTitle;
        summary = checkedSummary;
        language = checkedLanguage;
        speakerIds = speakers;
    }

    /** The details as a person sent them: the type as a word in any case. */
    public static SessionDetails from(
            LocalizedText title,
            @Nullable LocalizedText summary,
            String type,
            String language,
            @Nullable UUID trackId,
            UUID roomId,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            @Nullable List<UUID> speakerIds,
            @Nullable UUID moderatorId) {
        Violations problems = new Violations();
        SessionType parsed = problems.read(() -> Choices.parse(SessionType.class, "type", type));
        return problems.build(() -> new SessionDetails(
                title, summary, parsed, language, trackId, roomId, startsAt, endsAt, speakerIds, moderatorId));
    }

    /** Everyone on the stage: the speakers, then the moderator. */
    public List<UUID> people() {
        List<UUID> people = new ArrayList<>(speakerIds);
        if (moderatorId != null) {
            people.add(moderatorId);
        }
        return people;
    }

    /** The same session at another time, in another room. */
    public SessionDetails movedTo(UUID room, LocalDateTime start, LocalDateTime end) {
        return new SessionDetails(title, summary, type, language, trackId, room, start, end, speakerIds, moderatorId);
    }

    /** Refuses a session that is not within the summit's days (it may end at midnight after the last day). */
    void requireWithin(LocalDate firstDay, LocalDate lastDay) {
        LocalDateTime opens = firstDay.atStartOfDay();
        LocalDateTime closes = lastDay.plusDays(1).atStartOfDay();
        if (startsAt.isBefore(opens) || endsAt.isAfter(closes)) {
            Violations problems = new Violations();
            problems.add(
                    startsAt.isBefore(opens) || !startsAt.isBefore(closes) ? "startsAt" : "endsAt",
                    AgendaProblem.SESSION_OUTSIDE_SUMMIT,
                    Map.of("startsOn", firstDay.toString(), "endsOn", lastDay.toString()));
            problems.throwIfAny();
        }
    }

    private static LocalizedText requireTitle(LocalizedText title) {
        Texts.require("title", title);
        if (blank(title.zhHant()) && blank(title.en())) {
            throw InvalidInputException.of("title", AgendaProblem.SESSION_TITLE_MISSING);
        }
        Violations problems = new Violations();
        String zh = problems.read(() -> blank(title.zhHant())
                ? null
                : Texts.requireLine("title.zh-Hant", title.zhHant().strip(), LocalizedText.MAX_LENGTH));
        String en = problems.read(() -> blank(title.en())
                ? null
                : Texts.requireLine("title.en", title.en().strip(), LocalizedText.MAX_LENGTH));
        problems.throwIfAny();
        return LocalizedText.of(zh, en);
    }

    /** One of {@link #LANGUAGES}, whatever the letter case it was sent in, as the tag is written there. */
    private static String requireLanguage(String language) {
        if (blank(language)) {
            throw InvalidInputException.of("language", SharedProblem.VALUE_REQUIRED);
        }
        return LANGUAGES.stream()
                .filter(tag -> tag.equalsIgnoreCase(language.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of(
                        "language",
                        SharedProblem.CHOICE_UNKNOWN,
                        Map.of("value", Texts.abbreviate(language), "choices", String.join(", ", LANGUAGES))));
    }

    private static LocalizedText optionalAbstract(LocalizedText summary) {
        if (summary == null || (blank(summary.zhHant()) && blank(summary.en()))) {
            return null;
        }
        Violations problems = new Violations();
        String zh = problems.read(() -> blank(summary.zhHant())
                ? null
                : Texts.requireText("summary.zh-Hant", summary.zhHant().strip(), MAX_ABSTRACT_LENGTH, true));
        String en = problems.read(() -> blank(summary.en())
                ? null
                : Texts.requireText("summary.en", summary.en().strip(), MAX_ABSTRACT_LENGTH, true));
        problems.throwIfAny();
        return LocalizedText.of(zh, en);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
