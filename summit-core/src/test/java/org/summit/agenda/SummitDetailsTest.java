package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

class SummitDetailsTest {

    private static final LocalizedText NAME = LocalizedText.of("智慧城市市長高峰會", "Smart City Mayors' Summit");
    private static final LocalizedText VENUE = LocalizedText.of("臺北", "Taipei");

    @Test
    void acceptsASummitOfOneDay() {
        var details =
                new SummitDetails(NAME, VENUE, LocalDate.of(2016, 3, 23), LocalDate.of(2016, 3, 23), "Asia/Taipei");

        assertThat(details.zone().getId()).isEqualTo("Asia/Taipei");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(Refused.fieldsAndCodes(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 24), LocalDate.of(2016, 3, 23), "Asia/Taipei")))
                .containsExactly(tuple("endsOn", "summit.days.out-of-order"));
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThat(Refused.fieldsAndCodes(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 23), LocalDate.of(2016, 3, 24), "Mars/Olympus_Mons")))
                .containsExactly(tuple("timeZone", "time-zone.unknown"));
    }

    @Test
    void refusesASummitLongerThanAMonth() {
        assertThat(Refused.fieldsAndCodes(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1), "Asia/Taipei")))
                .containsExactly(tuple("endsOn", "summit.days.too-many"));
    }

    @Test
    void namesEveryMissingFieldAtOnce() {
        assertThat(Refused.fieldsAndCodes(
                        () -> new SummitDetails(NAME, null, LocalDate.of(2016, 3, 1), null, "Asia/Taipei")))
                .containsExactly(tuple("venue", "value.required"), tuple("endsOn", "value.required"));
    }
}
