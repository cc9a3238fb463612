package org.summit.notifications.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.summit.notices.NoticeKind;
import org.summit.shared.LocalizedText;

class RendererTest {

    private final Messages messages = new Messages();
    private final CalendarWriter calendars = new CalendarWriter(messages, "Summit <summit@summit.example>");
    private final Renderer renderer = new Renderer(messages, calendars, new PublicLinks("https://summit.example/"));

    private final Letter moved = Letter.of(NoticeKind.SESSION_CHANGED, UUID.randomUUID(), "/delegate")
            .title(Phrase.literal("2"))
            .body(Phrase.literal("2"))
            .items(List.of(new Letter.Item(
                    Phrase.of(LocalizedText.of("智慧交通", "Smart <mobility> & more")),
                    Phrase.of(LocalizedText.of(
                            "異動：由 3月23日（週三）10:00–11:00，201 室 改至 3月23日（週三）14:00–15:00，201 室",
                            "Moved from Wed 23 Mar 10:00–11:00, Room 201 to Wed 23 Mar 14:00–15:00, Room 201")))))
            .calendar(List.of(new CalendarEntry(
                    CalendarEntry.sessionUid("4b1e"),
                    1,
                    LocalDateTime.of(2016, 3, 23, 14, 0),
                    LocalDateTime.of(2016, 3, 23, 15, 0),
                    ZoneId.of("Asia/Taipei"),
                    Phrase.of(LocalizedText.of("智慧交通", "Smart <mobility> & more")),
                    null,
                    Phrase.literal("Moved"),
                    Instant.parse("2016-03-20T02:00:00Z"))));

    @Test
    void theInAppTextsAreInBothLanguages() {
        assertThat(renderer.title(moved))
                .isEqualTo(LocalizedText.of("議程第 2 版異動了您的場次", "Your sessions changed in release 2 of the programme"));
        LocalizedText body = renderer.body(moved);
        assertThat(body.en())
                .startsWith("Release 2 of the programme changes sessions on your agenda:")
                .contains("Smart <mobility> & more: Moved from Wed 23 Mar 10:00–11:00, Room 201");
        assertThat(body.zhHant()).startsWith("議程第 2 版異動了您議程上的場次：").contains("智慧交通：異動：由 3月23日");
    }

    @Test
    void theEmailHasATextAndAnEscapedHtmlPartInTheReadersLanguage() {
        RenderedMail mail = renderer.mail(moved, Language.EN, Phrase.literal("Ms Lin"), null);

        assertThat(mail.subject()).isEqualTo("Your sessions changed in release 2 of the programme");
        assertThat(mail.text())
                .startsWith("Dear Ms Lin,\n\nRelease 2 of the programme changes")
                .contains("* Smart <mobility> & more\n  Moved from Wed 23 Mar 10:00–11:00, Room 201")
                .contains("Open my agenda: https://summit.example/delegate")
                .contains("The attached calendar file (.ics)")
                .contains("\n-- \n");
        assertThat(mail.html())
                .contains("<html lang=\"en\">")
                .contains("Smart &lt;mobility&gt; &amp; more")
                .doesNotContain("<mobility>")
                .contains("href=\"https://summit.example/delegate\"");
        RenderedMail chinese = renderer.mail(moved, Language.ZH_HANT, Phrase.literal("林小姐"), null);
        assertThat(chinese.subject()).isEqualTo("議程第 2 版異動了您的場次");
        assertThat(chinese.text()).startsWith("林小姐 您好：").contains("開啟我的議程：https://summit.example/delegate");
    }

    @Test
    void aChangeOfTimeCarriesTheAgendasCalendarEvent() throws Exception {
        RenderedMail mail = renderer.mail(moved, Language.EN, Phrase.literal("Ms Lin"), null);

        Calendar calendar = new CalendarBuilder().build(new StringReader(mail.calendar()));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("4b1e@summit");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("1");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Smart <mobility> & more");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20160323T140000");
        assertThat(mail.calendar())
                .contains("TZID=Asia/Taipei")
                .contains("BEGIN:VTIMEZONE")
                .contains("ORGANIZER;CN=Summit:mailto:summit@summit.example");
    }

    @Test
    void aDigestMergesCalendarsKeepingTheLatestOfEachEvent() throws Exception {
        String first = calendars.write(List.of(entry("a", 1, 10), entry("b", 0, 11)), Language.EN);
        String second = calendars.write(List.of(entry("a", 2, 16)), Language.EN);

        String merged = calendars.merge(List.of(first, second), Language.EN).orElseThrow();

        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(merged)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent a = events.stream()
                .filter(event ->
                        event.getProperty(Property.UID).orElseThrow().getValue().equals("a@summit"))
                .findFirst()
                .orElseThrow();
        assertThat(a.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20160323T160000");
        assertThat(calendars.merge(List.of(), Language.EN)).isEmpty();
    }

    private static CalendarEntry entry(String id, int sequence, int hour) {
        return new CalendarEntry(
                CalendarEntry.sessionUid(id),
                sequence,
                LocalDateTime.of(2016, 3, 23, hour, 0),
                LocalDateTime.of(2016, 3, 23, hour + 1, 0),
                ZoneId.of("Asia/Taipei"),
                Phrase.literal(id),
                null,
                null,
                Instant.parse("2016-03-20T02:00:00Z"));
    }
}
