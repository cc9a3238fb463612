package org.summit.api.agenda;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedRoom;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.agenda.PublishedAgenda.PublishedTrack;
import org.summit.shared.LocalizedText;

/**
 * A release as the c3voc {@code schedule.json} (the JSON form of {@link FrabSchedule}'s schedule.xml), in one of
 * Summit's two languages. Every key the format requires is present; where Summit has no value (a subtitle) it is an
 * empty string. Each event's {@code url} leads to the session in the app's public programme.
 */
final class FrabScheduleJson {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private FrabScheduleJson() {}

    /** The conference's short name in both schedule formats, for example {@code summit2016}. */
    static String acronym(PublishedAgenda release) {
        return "summit" + release.startsOn().getYear();
    }

    static Map<String, Object> document(
            PublishedAgenda release, LocalizedText summitName, boolean english, String baseUrl) {
        ZoneId zone = ZoneId.of(release.timeZone());
        Map<String, PublishedRoom> rooms =
                release.rooms().stream().collect(Collectors.toMap(PublishedRoom::id, Function.identity()));
        Map<String, PublishedTrack> tracks =
                release.tracks().stream().collect(Collectors.toMap(PublishedTrack::id, Function.identity()));
        List<LocalDate> days =
                release.startsOn().datesUntil(release.endsOn().plusDays(1)).toList();

        Map<String, Object> conference = new LinkedHashMap<>();
        conference.put("acronym", acronym(release));
        conference.put("title", in(summitName, english));
        conference.put("start", release.startsOn().toString());
        conference.put("end", release.endsOn().toString());
        conference.put("daysCount", days.size());
        conference.put("timeslot_duration", "00:15");
        conference.put("time_zone_name", release.timeZone());
        conference.put(
                "tracks",
                release.tracks().stream()
                        .map(track -> Map.of("name", in(track.name(), english)))
                        .toList());
        conference.put(
                "rooms",
                release.rooms().stream()
                        .map(room -> Map.of(
                                "name", in(room.name(), english), "guid", room.id(), "capacity", room.capacity()))
                        .toList());
        List<Map<String, Object>> dayList = new ArrayList<>();
        int index = 1;
        for (LocalDate day : days) {
            Map<String, Object> byRoom = new LinkedHashMap<>();
            for (PublishedRoom room : release.rooms()) {
                List<Map<String, Object>> events = release.sessions().stream()
                        .filter(session -> session.roomId().equals(room.id()))
                        .filter(session -> session.startsAt().toLocalDate().equals(day))
                        .map(session -> event(session, rooms, tracks, zone, english, baseUrl))
                        .toList();
                if (!events.isEmpty()) {
                    byRoom.put(in(room.name(), english), events);
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", index++);
            entry.put("date", day.toString());
            entry.put("day_start", zoned(day.atStartOfDay(), zone));
            entry.put("day_end", zoned(day.atTime(23, 59, 59), zone));
            entry.put("rooms", byRoom);
            dayList.add(entry);
        }
        conference.put("days", dayList);

        Map<String, Object> schedule = new LinkedHashMap<>();
        schedule.put("version", "release " + release.release());
        schedule.put("conference", conference);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("$schema", "https://c3voc.de/schedule/schema.json");
        document.put("generator", Map.of("name", "Summit"));
        document.put("schedule", schedule);
        return document;
    }

    private static Map<String, Object> event(
            PublishedSession session,
            Map<String, PublishedRoom> rooms,
            Map<String, PublishedTrack> tracks,
            ZoneId zone,
            boolean english,
            String baseUrl) {
        Duration length = Duration.between(session.startsAt(), session.endsAt());
        long id = FrabSchedule.numericId(session.id());
        PublishedTrack track = session.trackId() == null ? null : tracks.get(session.trackId());
        List<Map<String, Object>> persons = new ArrayList<>();
        session.speakers().forEach(person -> persons.add(person(person, english)));
        if (session.moderator() != null) {
            persons.add(person(session.moderator(), english));
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("guid", session.id());
        event.put("id", id);
        event.put("date", zoned(session.startsAt(), zone));
        event.put("end", zoned(session.endsAt(), zone));
        event.put("start", HOUR.format(session.startsAt()));
        event.put("duration", String.format("%02d:%02d", length.toHours(), length.toMinutesPart()));
        event.put("room", in(rooms.get(session.roomId()).name(), english));
        event.put("slug", "summit-" + id);
        event.put("url", baseUrl + "/programme#session-" + session.id());
        event.put("title", in(session.title(), english));
        event.put("subtitle", "");
        event.put("track", track == null ? "" : in(track.name(), english));
        event.put("type", session.type().toLowerCase(Locale.ROOT).replace('_', '-'));
        event.put("language", FrabSchedule.spokenIn(session));
        event.put("abstract", session.summary() == null ? "" : in(session.summary(), english));
        event.put("persons", persons);
        event.put("links", List.of());
        return event;
    }

    private static Map<String, Object> person(PublishedPerson person, boolean english) {
        return Map.of("guid", person.id(), "name", in(person.name(), english));
    }

    private static String zoned(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String in(LocalizedText text, boolean english) {
        return english ? text.en() : text.zhHant();
    }
}
