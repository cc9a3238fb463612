package org.summit.notifications.messages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes an e-mail's iCalendar (RFC 5545) attachment with ical4j, as the agenda's feeds are written:
 * {@code METHOD:PUBLISH}, times local to the summit's zone with its VTIMEZONE, and the feeds' UIDs and SEQUENCEs, so
 * that a calendar moves the event it already has.
 */
@Singleton
public class CalendarWriter {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final Messages messages;
    private final String organizer;

    CalendarWriter(Messages messages, @Value("${summit.notifications.smtp.from:summit@localhost}") String from) {
        this.messages = messages;
        this.organizer = organizer(from);
    }

    /** The attachment for {@code entries}, said in {@code language}. */
    public String write(List<CalendarEntry> entries, Language language) {
        Calendar calendar = empty(language);
        Set<ZoneId> zones = new LinkedHashSet<>();
        entries.forEach(entry -> zones.add(entry.zone()));
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        ParameterList said =
                new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.Language(language.tag())));
        for (CalendarEntry entry : entries) {
            VEvent event =
                    new VEvent(entry.start().atZone(entry.zone()), entry.end().atZone(entry.zone()), "");
            event.replace(new Summary(said, entry.summary().in(language, messages)));
            event.add(new Uid(entry.uid()));
            // iTIP (RFC 5546) wants an organizer on a published event: the address the e-mails come from.
            event.add(new Organizer(new ParameterList(List.of(new Cn("Summit"))), URI.create("mailto:" + organizer)));
            event.add(new Sequence(entry.sequence()));
            event.replace(new DtStamp(entry.stamp()));
            if (entry.location() != null) {
                event.add(new Location(said, entry.location().in(language, messages)));
            }
            if (entry.description() != null) {
                event.add(new Description(said, entry.description().in(language, messages)));
            }
            calendar.add(event);
        }
        return output(calendar);
    }

    /**
     * The attachments of several e-mails as one (a digest's): each event once, as the latest of them has it (the
     * highest SEQUENCE, the later e-mail on a tie), with the time zones they need.
     */
    public Optional<String> merge(List<String> attachments, Language language) {
        Map<String, VEvent> events = new LinkedHashMap<>();
        Map<String, VTimeZone> zones = new LinkedHashMap<>();
        for (String attachment : attachments) {
            Calendar parsed = parse(attachment);
            for (CalendarComponent component : parsed.<CalendarComponent>getComponents(Component.VTIMEZONE)) {
                VTimeZone zone = (VTimeZone) component;
                zone.getProperty(Property.TZID).ifPresent(id -> zones.putIfAbsent(id.getValue(), zone));
            }
            for (CalendarComponent component : parsed.<CalendarComponent>getComponents(Component.VEVENT)) {
                VEvent event = (VEvent) component;
                String uid =
                        event.getProperty(Property.UID).map(Property::getValue).orElse("");
                VEvent kept = events.get(uid);
                if (kept == null || sequence(event) >= sequence(kept)) {
                    events.put(uid, event);
                }
            }
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Calendar calendar = empty(language);
        zones.values().forEach(calendar::add);
        events.values().forEach(calendar::add);
        return Optional.of(output(calendar));
    }

    private static Calendar empty(Language language) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Summit//Notifications//" + (language == Language.EN ? "EN" : "ZH-HANT")));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    private static String organizer(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "summit@localhost";
        }
    }

    private static int sequence(VEvent event) {
        return event.<Sequence>getProperty(Property.SEQUENCE)
                .map(Sequence::getSequenceNo)
                .orElse(0);
    }

    private static Calendar parse(String attachment) {
        try {
            return new CalendarBuilder().build(new StringReader(attachment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException("An e-mail's calendar attachment does not parse", e);
        }
    }

    private static String output(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar attachment is not valid", e);
        }
        return out.toString();
    }
}
