package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

class SessionDetailsTest {

    private static final LocalizedText TITLE = LocalizedText.of("開幕典禮", "Opening ceremony");
    private static final UUID ROOM = UUID.randomUUID();
    private static final LocalDateTime NINE = LocalDateTime.of(2016, 3, 23, 9, 0);
    private static final LocalDateTime TEN = LocalDateTime.of(2016, 3, 23, 10, 0);

    @Test
    void takesATitleInOneLanguageIntoTheDraft() {
        SessionDetails details = session(LocalizedText.of(null, "Opening"), NINE, TEN, List.of(), null);

        assertThat(details.title()).isEqualTo(LocalizedText.of(null, "Opening"));
    }

    @Test
    void refusesATitleInNeitherLanguage() {
        assertThat(Refused.fieldsAndCodes(() -> session(LocalizedText.of(" ", ""), NINE, TEN, List.of(), null)))
                .containsExactly(tuple("title", "session.title.missing"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(Refused.fieldsAndCodes(() -> session(TITLE, TEN, NINE, List.of(), null)))
                .containsExactly(tuple("endsAt", "session.times.out-of-order"));
    }

    @Test
    void refusesASessionOfNoLength() {
        assertThat(Refused.fieldsAndCodes(() -> session(TITLE, NINE, NINE, List.of(), null)))
                .containsExactly(tuple("endsAt", "session.times.empty"));
    }

    @Test
    void refusesASessionLongerThanTwelveHours() {
        assertThat(Refused.fieldsAndCodes(() -> session(TITLE, NINE, NINE.plusHours(13), List.of(), null)))
                .containsExactly(tuple("endsAt", "session.times.too-long"));
    }

    @Test
    void refusesAPersonNamedTwice() {
        UUID mayor = UUID.randomUUID();
        assertThat(Refused.fieldsAndCodes(() -> session(TITLE, NINE, TEN, List.of(mayor), mayor)))
                .containsExactly(tuple("moderatorId", "session.speakers.twice"));
    }

    @Test
    void refusesTooManySpeakers() {
        List<UUID> crowd =
                IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID()).toList();
        assertThat(Refused.fieldsAndCodes(() -> session(TITLE, NINE, TEN, crowd, null)))
                .containsExactly(tuple("speakerIds", "session.speakers.too-many"));
    }

    @Test
    void fromReadsTheTypeAndLanguageInAnyCaseAndNamesEveryProblemAtOnce() {
        SessionDetails read = SessionDetails.from(TITLE, null, "keynote", "ZH-hant", null, ROOM, NINE, TEN, null, null);
        assertThat(read.type()).isEqualTo(SessionType.KEYNOTE);
        assertThat(read.language()).as("the tag as Summit writes it").isEqualTo("zh-Hant");
        assertThat(Refused.fieldsAndCodes(
                        () -> SessionDetails.from(TITLE, null, "party", "fr", null, null, TEN, NINE, null, null)))
                .containsExactly(
                        tuple("type", "choice.unknown"),
                        tuple("language", "choice.unknown"),
                        tuple("roomId", "value.required"),
                        tuple("endsAt", "session.times.out-of-order"));
    }

    @Test
    void mustBeWithinTheSummitsDays() {
        SessionDetails late = session(TITLE, NINE.plusDays(2), TEN.plusDays(2), List.of(), null);

        assertThat(Refused.fieldsAndCodes(
                        () -> late.requireWithin(LocalDate.of(2016, 3, 23), LocalDate.of(2016, 3, 24))))
                .containsExactly(tuple("startsAt", "session.outside-summit"));
        session(TITLE, NINE, TEN, List.of(), null).requireWithin(LocalDate.of(2016, 3, 23), LocalDate.of(2016, 3, 24));
    }

    private static SessionDetails session(
            LocalizedText title, LocalDateTime start, LocalDateTime end, List<UUID> speakers, UUID moderator) {
        return new SessionDetails(title, null, SessionType.KEYNOTE, "en", null, ROOM, start, end, speakers, moderator);
    }
}
