package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;

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
        assertThatThrownBy(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 24), LocalDate.of(2016, 3, 23), "Asia/Taipei"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsOn"))
                .hasMessageContaining("before");
    }

    @Test
    void refusesAnUnknownTimeZone() {
        assertThatThrownBy(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 23), LocalDate.of(2016, 3, 24), "Mars/Olympus_Mons"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("timeZone"))
                .hasMessageContaining("Mars/Olympus_Mons");
    }

    @Test
    void refusesASummitLongerThanAMonth() {
        assertThatThrownBy(() -> new SummitDetails(
                        NAME, VENUE, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 4, 1), "Asia/Taipei"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    }

    @Test
    void namesTheMissingField() {
        assertThatThrownBy(() -> new SummitDetails(NAME, null, LocalDate.of(2016, 3, 1), null, "Asia/Taipei"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("venue"));
    }
}
