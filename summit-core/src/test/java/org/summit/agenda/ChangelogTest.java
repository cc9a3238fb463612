package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.events.agenda.AgendaChange;
import org.summit.shared.LocalizedText;

class ChangelogTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2016, 3, 23, 9, 0);
    private static final Map<String, LocalizedText> ROOMS =
            Map.of("hall", LocalizedText.of("大會堂", "Main Hall"), "salon", LocalizedText.of("201 會議室", "Salon 201"));
    private static final PublishedPerson LIN = new PublishedPerson("lin", LocalizedText.of("林志明", "Lin"), "taipei");
    private static final PublishedPerson HAYES =
            new PublishedPerson("hayes", LocalizedText.of("羅伯·海斯", "Robert Hayes"), "orlando");

    @Test
    void theFirstReleaseAddsEverySessionSaidInBothLanguages() {
        List<AgendaChange> changes =
                Changelog.between(null, List.of(session("keynote", "hall", NINE, "Keynote", LIN)), ROOMS);

        assertThat(changes)
                .extracting(AgendaChange::kind, AgendaChange::sessionId)
                .containsExactly(tuple("ADDED", "keynote"));
        assertThat(changes.get(0).description())
                .isEqualTo(LocalizedText.of("新增：3月23日（週三）09:00–10:00，大會堂", "Added: Wed 23 Mar 09:00–10:00, Main Hall"));
        assertThat(changes.get(0).delegateIds()).containsExactly("lin");
    }

    @Test
    void nothingChangedIsAnEmptyChangelog() {
        List<PublishedSession> programme = List.of(session("keynote", "hall", NINE, "Keynote", LIN));

        assertThat(Changelog.between(programme, programme, ROOMS)).isEmpty();
    }

    @Test
    void namesMovedChangedAndCancelledSessionsWithEveryoneConcerned() {
        PublishedSession keynote = session("keynote", "hall", NINE, "Keynote", LIN);
        PublishedSession panel = session("panel", "hall", NINE.plusHours(1), "Panel", HAYES);
        PublishedSession sharing = session("sharing", "salon", NINE.plusHours(2), "City sharing", LIN);

        List<AgendaChange> changes = Changelog.between(
                List.of(keynote, panel, sharing),
                List.of(
                        session("keynote", "salon", NINE.plusHours(3), "Keynote", LIN),
                        session("panel", "hall", NINE.plusHours(1), "Panel on governance", HAYES, LIN)),
                ROOMS);

        assertThat(changes)
                .extracting(AgendaChange::kind, AgendaChange::sessionId)
                .containsExactly(tuple("CHANGED", "panel"), tuple("CANCELLED", "sharing"), tuple("MOVED", "keynote"));
        assertThat(changes.get(0).description()).isEqualTo(LocalizedText.of("更動：標題、講者", "Changed: title, speakers"));
        assertThat(changes.get(0).delegateIds()).containsExactly("hayes", "lin");
        assertThat(changes.get(2).description().en())
                .isEqualTo("Moved from Wed 23 Mar 09:00–10:00, Main Hall to Wed 23 Mar 12:00–13:00, Salon 201");
        assertThat(changes.get(1).description().zhHant()).isEqualTo("取消（原訂 3月23日（週三）11:00–12:00，201 會議室）");
    }

    @Test
    void anotherLanguageIsAChange() {
        PublishedSession english = session("panel", "hall", NINE, "Panel", HAYES);
        PublishedSession chinese = heldIn("zh-Hant", "panel", "hall", NINE, "Panel", HAYES);

        assertThat(Changelog.between(List.of(english), List.of(chinese), ROOMS))
                .extracting(AgendaChange::kind, AgendaChange::description)
                .containsExactly(tuple("CHANGED", LocalizedText.of("更動：語言", "Changed: language")));
    }

    private static PublishedSession session(
            String id, String room, LocalDateTime start, String title, PublishedPerson... speakers) {
        return heldIn("en", id, room, start, title, speakers);
    }

    private static PublishedSession heldIn(
            String language, String id, String room, LocalDateTime start, String title, PublishedPerson... speakers) {
        return new PublishedSession(
                id,
                LocalizedText.of(title + "（中文）", title),
                null,
                "PANEL",
                language,
                null,
                room,
                start,
                start.plusHours(1),
                List.of(speakers),
                null);
    }
}
