package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.events.agenda.AgendaChange;
import org.summit.shared.LocalizedText;

/**
 * What changed between two releases, session by session, each entry said in both languages: added, moved (another
 * time or room), changed (anything else) and cancelled. A session both moved and changed has an entry of each.
 */
final class Changelog {

    static final String ADDED = "ADDED";
    static final String MOVED = "MOVED";
    static final String CHANGED = "CHANGED";
    static final String CANCELLED = "CANCELLED";

    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DAY =
            DateTimeFormatter.ofPattern("M月d日（E）HH:mm", Locale.TRADITIONAL_CHINESE);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private Changelog() {}

    /**
     * The changes from {@code before} (null for the first release, where every session is added) to {@code after}.
     *
     * @param rooms the names of the rooms of both releases, by id
     */
    static List<AgendaChange> between(
            @Nullable List<PublishedSession> before, List<PublishedSession> after, Map<String, LocalizedText> rooms) {
        Map<String, PublishedSession> old = before == null
                ? Map.of()
                : before.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        Map<String, PublishedSession> now =
                after.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        List<Dated> changes = new ArrayList<>();
        for (PublishedSession session : after) {
            PublishedSession was = old.get(session.id());
            if (was == null) {
                changes.add(new Dated(session.startsAt(), entry(ADDED, session, null, added(session, rooms))));
                continue;
            }
            if (!was.roomId().equals(session.roomId())
                    || !was.startsAt().equals(session.startsAt())
                    || !was.endsAt().equals(session.endsAt())) {
                changes.add(new Dated(session.startsAt(), entry(MOVED, session, was, moved(was, session, rooms))));
            }
            List<String[]> fields = changedFields(was, session);
            if (!fields.isEmpty()) {
                changes.add(new Dated(session.startsAt(), entry(CHANGED, session, was, changed(fields))));
            }
        }
        for (PublishedSession was : old.values()) {
            if (!now.containsKey(was.id())) {
                changes.add(new Dated(was.startsAt(), entry(CANCELLED, was, null, cancelled(was, rooms))));
            }
        }
        changes.sort(Comparator.comparing(Dated::at)
                .thenComparing(dated -> dated.change().sessionId()));
        return changes.stream().map(Dated::change).toList();
    }

    /** Everyone on a session's stage: the speakers, then the moderator. */
    static List<String> people(PublishedSession session) {
        List<String> people = new ArrayList<>(
                session.speakers().stream().map(PublishedPerson::id).toList());
        if (session.moderator() != null) {
            people.add(session.moderator().id());
        }
        return people;
    }

    private record Dated(LocalDateTime at, AgendaChange change) {}

    private static AgendaChange entry(
            String kind, PublishedSession session, @Nullable PublishedSession was, LocalizedText description) {
        Set<String> delegates = new LinkedHashSet<>(people(session));
        if (was != null) {
            delegates.addAll(people(was));
        }
        return new AgendaChange(kind, session.id(), session.title(), description, List.copyOf(delegates));
    }

    private static LocalizedText added(PublishedSession session, Map<String, LocalizedText> rooms) {
        LocalizedText where = where(session, rooms);
        return LocalizedText.of("新增：" + where.zhHant(), "Added: " + where.en());
    }

    private static LocalizedText moved(
            PublishedSession was, PublishedSession session, Map<String, LocalizedText> rooms) {
        LocalizedText from = where(was, rooms);
        LocalizedText to = where(session, rooms);
        return LocalizedText.of(
                "異動：由 " + from.zhHant() + " 改至 " + to.zhHant(), "Moved from " + from.en() + " to " + to.en());
    }

    private static LocalizedText cancelled(PublishedSession was, Map<String, LocalizedText> rooms) {
        LocalizedText where = where(was, rooms);
        return LocalizedText.of("取消（原訂 " + where.zhHant() + "）", "Cancelled (was " + where.en() + ")");
    }

    private static LocalizedText changed(List<String[]> fields) {
        return LocalizedText.of(
                "更動：" + fields.stream().map(field -> field[0]).collect(Collectors.joining("、")),
                "Changed: " + fields.stream().map(field -> field[1]).collect(Collectors.joining(", ")));
    }

    private static List<String[]> changedFields(PublishedSession was, PublishedSession session) {
        List<String[]> fields = new ArrayList<>();
        if (!was.title().equals(session.title())) {
            fields.add(new String[] {"標題", "title"});
        }
        if (!Objects.equals(was.summary(), session.summary())) {
            fields.add(new String[] {"摘要", "abstract"});
        }
        if (!was.type().equals(session.type())) {
            fields.add(new String[] {"類型", "type"});
        }
        if (!Objects.equals(was.language(), session.language())) {
            fields.add(new String[] {"語言", "language"});
        }
        if (!Objects.equals(was.trackId(), session.trackId())) {
            fields.add(new String[] {"主題軌", "track"});
        }
        if (!ids(was.speakers()).equals(ids(session.speakers()))) {
            fields.add(new String[] {"講者", "speakers"});
        }
        if (!Objects.equals(
                was.moderator() == null ? null : was.moderator().id(),
                session.moderator() == null ? null : session.moderator().id())) {
            fields.add(new String[] {"主持人", "moderator"});
        }
        return fields;
    }

    private static List<String> ids(List<PublishedPerson> people) {
        return people.stream().map(PublishedPerson::id).toList();
    }

    private static LocalizedText where(PublishedSession session, Map<String, LocalizedText> rooms) {
        LocalizedText room = rooms.getOrDefault(session.roomId(), LocalizedText.of("?", "?"));
        return LocalizedText.of(
                ZH_DAY.format(session.startsAt()) + "–" + HOUR.format(session.endsAt()) + "，" + room.zhHant(),
                EN_DAY.format(session.startsAt()) + "–" + HOUR.format(session.endsAt()) + ", " + room.en());
    }
}
