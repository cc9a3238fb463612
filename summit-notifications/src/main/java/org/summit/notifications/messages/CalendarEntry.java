package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One event of an e-mail's iCalendar attachment: a session or an exchange meeting at its new time. Its UID and
 * SEQUENCE are those of the agenda's calendar feeds ({@code {sessionId}@summit}, {@code exchange-{id}@summit}), so a
 * calendar that has the event from the feed or from an earlier e-mail moves it instead of adding another.
 *
 * @param uid the event's UID
 * @param sequence how often it moved or changed since it was first published
 * @param start its start, local time in {@code zone}
 * @param end its end, local time in {@code zone}
 * @param zone the summit's time zone
 * @param summary its title
 * @param location where, or null when not known
 * @param description more about it, or null
 * @param stamp when this version of it was made (DTSTAMP)
 */
public record CalendarEntry(
        String uid,
        int sequence,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        Phrase summary,
        @Nullable Phrase location,
        @Nullable Phrase description,
        Instant stamp) {

    /** The UID of a session's event, as the agenda's feeds write it. */
    public static String sessionUid(String sessionId) {
        return sessionId + "@summit";
    }

    /** The UID of an exchange meeting's event, as the agenda's feeds write it. */
    public static String exchangeUid(String exchangeId) {
        return "exchange-" + exchangeId + "@summit";
    }
}
