package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.summit.shared.LocalizedText;

/** The two languages people are written to in, with how each writes dates, times and lists. */
public enum Language {
    ZH_HANT(
            "zh-Hant",
            Locale.TRADITIONAL_CHINESE,
            DateTimeFormatter.ofPattern("M月d日（E）HH:mm", Locale.TRADITIONAL_CHINESE),
            "、"),
    EN("en", Locale.ENGLISH, DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH), ", ");

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final String tag;
    private final Locale locale;
    private final DateTimeFormatter dayAndTime;
    private final String separator;

    Language(String tag, Locale locale, DateTimeFormatter dayAndTime, String separator) {
        this.tag = tag;
        this.locale = locale;
        this.dayAndTime = dayAndTime;
        this.separator = separator;
    }

    /** The BCP 47 tag, as the tables and events write it: {@code zh-Hant} or {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a tag, whatever its letter case; empty for none or another language. */
    public static Optional<Language> ofTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(language -> language.tag.equalsIgnoreCase(tag.strip()))
                .findFirst();
    }

    /** The text in this language, or in the other one where this one is missing (a draft may lack one). */
    public String pick(@Nullable LocalizedText text) {
        if (text == null) {
            return "";
        }
        String own = this == EN ? text.en() : text.zhHant();
        String other = this == EN ? text.zhHant() : text.en();
        return own == null || own.isBlank() ? (other == null ? "" : other) : own;
    }

    /** A time on a day, for example "Wed 23 Mar 10:00" or "3月23日（週三）10:00". */
    public String dayAndTime(LocalDateTime at) {
        return dayAndTime.format(at);
    }

    /** A span of time, the end's day left out when it is the start's, as the agenda's changelog writes it. */
    public String span(LocalDateTime start, LocalDateTime end) {
        String until = start.toLocalDate().equals(end.toLocalDate()) ? HOUR.format(end) : dayAndTime(end);
        return dayAndTime(start) + "–" + until;
    }

    /** Joins the parts of a list as this language does. */
    public String separator() {
        return separator;
    }
}
