package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.summit.agenda.ExchangeMeeting;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedRoom;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.shared.LocalizedText;

/**
 * Sessions of a published release as an iCalendar (RFC 5545) document, written by ical4j, in one language: one
 * VEVENT per session, its UID the session's id (the same in every feed and every release, so a calendar app updates
 * the event it has instead of adding another), its SEQUENCE the number of releases that moved or changed it, its
 * times local to the summit's zone with that zone's VTIMEZONE, SUMMARY the title, LOCATION the room, DESCRIPTION
 * the title in the other language, the abstract and the speakers and moderator with their cities. A cancelled session
 * is not in the release and so not in the document: calendar apps that subscribe drop events a feed no longer has.
 */
final class AgendaCalendar {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private AgendaCalendar() {}

    /**
     * @param name the calendar's name (X-WR-CALNAME, which calendar apps show for a subscription)
     * @param revisions per session id, how many releases moved or changed it (absent: none)
     */
    static String write(
            PublishedAgenda release,
            Collection<PublishedSession> sessions,
            String name,
            Map<String, Integer> revisions,
            boolean english) {
        return write(release.timeZone(), release, sessions, List.of(), name, revisions, english);
    }

    /**
     * A person's calendar: the sessions of their agenda (from {@code release}, or none before the first release)
     * and the exchange meetings they attend, each an event of its own.
     *
     * <p>An exchange meeting's UID is {@code exchange-{exchangeId}@summit}: the same while it is rescheduled, so a
     * calendar app moves the event it has; its SEQUENCE counts the times it moved or changed; its SUMMARY starts with
     * "Exchange:" and its CATEGORIES say so, its LOCATION is the room and table. An unscheduled or cancelled meeting
     * is left out, like a cancelled session: the feed is the agenda as it is now ({@code METHOD:PUBLISH}), and
     * subscribed calendars drop the events a feed no longer has; a {@code STATUS:CANCELLED} event would stay in
     * them as a struck-out entry, and the agenda would have to keep every meeting ever cancelled to write it.
     */
    static String write(
            String timeZone,
            @Nullable PublishedAgenda release,
            Collection<PublishedSession> sessions,
            Collection<ExchangeMeeting> exchanges,
            String name,
            Map<String, Integer> revisions,
            boolean english) {
        ZoneId zone = ZoneId.of(timeZone);
        Map<String, PublishedRoom> rooms = release == null
                ? Map.of()
                : release.rooms().stream().collect(Collectors.toMap(PublishedRoom::id, room -> room));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Summit//Agenda//" + (english ? "EN" : "ZH-HANT")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        String language = english ? "en" : "zh-Hant";
        for (PublishedSession session : sessions) {
            VEvent event =
                    new VEvent(session.startsAt().atZone(zone), session.endsAt().atZone(zone), "");
            event.replace(
                    new Summary(new ParameterList(List.of(new Language(language))), text(session.title(), english)));
            event.add(new Uid(session.id() + "@summit"));
            event.add(new Sequence(revisions.getOrDefault(session.id(), 0)));
            event.replace(new DtStamp(release.publishedAt()));
            PublishedRoom room = rooms.get(session.roomId());
            if (room != null) {
                event.add(new Location(new ParameterList(List.of(new Language(language))), text(room.name(), english)));
            }
            event.add(
                    new Description(new ParameterList(List.of(new Language(language))), description(session, english)));
            calendar.add(event);
        }
        for (ExchangeMeeting meeting : exchanges) {
            VEvent event =
                    new VEvent(meeting.startsAt().atZone(zone), meeting.endsAt().atZone(zone), "");
            event.replace(new Summary(
                    new ParameterList(List.of(new Language(language))),
                    (english ? "Exchange: " : "城市交流：") + text(meeting.title(), english)));
            event.add(new Uid(exchangeUid(meeting.exchangeId())));
            event.add(new Sequence(meeting.revision()));
            event.replace(new DtStamp(meeting.updatedAt()));
            event.add(new Location(new ParameterList(List.of(new Language(language))), text(meeting.place(), english)));
            event.add(
                    new Categories(new ParameterList(List.of(new Language(language))), english ? "Exchange" : "城市交流"));
            event.add(new Description(
                    new ParameterList(List.of(new Language(language))),
                    text(meeting.title(), !english) + "\n\n" + text(meeting.place(), !english)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar " + name + " is not valid", e);
        }
        return out.toString();
    }

    /** The UID of an exchange meeting's event, the same in every feed and after every reschedule. */
    static String exchangeUid(String exchangeId) {
        return "exchange-" + exchangeId + "@summit";
    }

    private static String description(PublishedSession session, boolean english) {
        List<String> parts = new ArrayList<>();
        parts.add(text(session.title(), !english));
        if (session.summary() != null) {
            parts.add(text(session.summary(), english));
        }
        if (!session.speakers().isEmpty()) {
            parts.add((english ? "Speakers: " : "講者：")
                    + session.speakers().stream()
                            .map(person -> person(person, english))
                            .collect(Collectors.joining(english ? ", " : "、")));
        }
        if (session.moderator() != null) {
            parts.add((english ? "Moderator: " : "主持人：") + person(session.moderator(), english));
        }
        return parts.stream().filter(part -> !part.isBlank()).collect(Collectors.joining("\n\n"));
    }

    private static String person(PublishedPerson person, boolean english) {
        return text(person.name(), english) + (english ? " (" : "（") + person.cityId() + (english ? ")" : "）");
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zhHant();
    }
}
