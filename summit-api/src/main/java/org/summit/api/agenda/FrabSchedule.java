package org.summit.api.agenda;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedRoom;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.agenda.PublishedAgenda.PublishedTrack;
import org.summit.shared.LocalizedText;

/**
 * A release as the c3voc/frab {@code schedule.xml} that Giggity, EventFahrplan and other schedule apps read, in one
 * of Summit's two languages. The format has no place for a second language, so each language is its own file.
 * Event ids are derived from the session's UUID (stable across releases); the guid is the session's id itself.
 */
final class FrabSchedule {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private FrabSchedule() {}

    /**
     * The language the session is held in, which is what the format's {@code language} means (not the language of
     * the file); a session from a release published before sessions had one is taken as held in zh-Hant.
     */
    static String spokenIn(PublishedSession session) {
        return session.language() == null ? "zh-Hant" : session.language();
    }

    static String xml(PublishedAgenda release, LocalizedText summitName, boolean english) {
        ZoneId zone = ZoneId.of(release.timeZone());
        Map<String, PublishedRoom> rooms =
                release.rooms().stream().collect(Collectors.toMap(PublishedRoom::id, Function.identity()));
        Map<String, PublishedTrack> tracks =
                release.tracks().stream().collect(Collectors.toMap(PublishedTrack::id, Function.identity()));
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("schedule");
            xml.writeStartElement("generator");
            xml.writeAttribute("name", "Summit");
            xml.writeEndElement();
            text(xml, "version", "release " + release.release());
            xml.writeStartElement("conference");
            text(xml, "title", in(summitName, english));
            text(xml, "acronym", FrabScheduleJson.acronym(release));
            text(xml, "start", release.startsOn().toString());
            text(xml, "end", release.endsOn().toString());
            text(
                    xml,
                    "days",
                    String.valueOf(release.startsOn()
                            .datesUntil(release.endsOn().plusDays(1))
                            .count()));
            text(xml, "time_zone_name", release.timeZone());
            for (PublishedTrack track : release.tracks()) {
                xml.writeStartElement("track");
                xml.writeAttribute("name", in(track.name(), english));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            int index = 1;
            for (LocalDate day :
                    release.startsOn().datesUntil(release.endsOn().plusDays(1)).toList()) {
                xml.writeStartElement("day");
                xml.writeAttribute("index", String.valueOf(index++));
                xml.writeAttribute("date", day.toString());
                xml.writeAttribute("start", zoned(day.atStartOfDay(), zone));
                xml.writeAttribute("end", zoned(day.atTime(23, 59, 59), zone));
                Map<String, List<PublishedSession>> byRoom = new TreeMap<>(release.sessions().stream()
                        .filter(session -> session.startsAt().toLocalDate().equals(day))
                        .collect(Collectors.groupingBy(PublishedSession::roomId)));
                for (Map.Entry<String, List<PublishedSession>> room : byRoom.entrySet()) {
                    String roomName = in(rooms.get(room.getKey()).name(), english);
                    xml.writeStartElement("room");
                    xml.writeAttribute("name", roomName);
                    xml.writeAttribute("guid", room.getKey());
                    for (PublishedSession session : room.getValue()) {
                        event(xml, session, roomName, tracks, zone, english);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write schedule.xml", e);
        }
        return out.toString();
    }

    private static void event(
            XMLStreamWriter xml,
            PublishedSession session,
            String roomName,
            Map<String, PublishedTrack> tracks,
            ZoneId zone,
            boolean english)
            throws XMLStreamException {
        xml.writeStartElement("event");
        xml.writeAttribute("id", String.valueOf(numericId(session.id())));
        xml.writeAttribute("guid", session.id());
        text(xml, "room", roomName);
        text(xml, "title", in(session.title(), english));
        text(xml, "type", session.type().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        text(xml, "date", zoned(session.startsAt(), zone));
        text(xml, "start", HOUR.format(session.startsAt()));
        Duration length = Duration.between(session.startsAt(), session.endsAt());
        text(xml, "duration", String.format("%02d:%02d", length.toHours(), length.toMinutesPart()));
        text(xml, "abstract", session.summary() == null ? "" : in(session.summary(), english));
        PublishedTrack track = session.trackId() == null ? null : tracks.get(session.trackId());
        text(xml, "track", track == null ? "" : in(track.name(), english));
        text(xml, "language", spokenIn(session));
        xml.writeStartElement("persons");
        for (PublishedPerson person : session.speakers()) {
            person(xml, person, english);
        }
        if (session.moderator() != null) {
            person(xml, session.moderator(), english);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void person(XMLStreamWriter xml, PublishedPerson person, boolean english) throws XMLStreamException {
        xml.writeStartElement("person");
        xml.writeAttribute("guid", person.id());
        xml.writeCharacters(in(person.name(), english));
        xml.writeEndElement();
    }

    /** A positive number for the format's numeric id, the same in every release (derived from the UUID). */
    static long numericId(String uuid) {
        return (UUID.fromString(uuid).getMostSignificantBits() >>> 1) + 1;
    }

    private static String zoned(LocalDateTime time, ZoneId zone) {
        return time.atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String in(LocalizedText text, boolean english) {
        return english ? text.en() : text.zhHant();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
