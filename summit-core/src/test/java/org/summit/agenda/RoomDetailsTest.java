package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;
import org.summit.shared.Refused;

class RoomDetailsTest {

    private static final LocalizedText HALL = LocalizedText.of("大會堂", "Main Hall");

    @Test
    void acceptsARoomWithoutOpeningHoursAndOpenAllDay() {
        RoomDetails room = new RoomDetails(HALL, 800, true, null, null);

        assertThat(room.openFor(LocalDateTime.of(2016, 3, 23, 6, 0), LocalDateTime.of(2016, 3, 23, 23, 0)))
                .isTrue();
    }

    @Test
    void aRoomWithHoursIsOpenOnlyWithinThem() {
        RoomDetails room = new RoomDetails(HALL, 800, true, LocalTime.of(9, 0), LocalTime.of(18, 0));

        assertThat(room.openFor(LocalDateTime.of(2016, 3, 23, 9, 0), LocalDateTime.of(2016, 3, 23, 18, 0)))
                .isTrue();
        assertThat(room.openFor(LocalDateTime.of(2016, 3, 23, 8, 30), LocalDateTime.of(2016, 3, 23, 9, 30)))
                .isFalse();
        assertThat(room.openFor(LocalDateTime.of(2016, 3, 23, 17, 30), LocalDateTime.of(2016, 3, 23, 18, 30)))
                .isFalse();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThat(Refused.fieldsAndCodes(() -> new RoomDetails(HALL, 0, false, null, null)))
                .containsExactly(tuple("capacity", "room.capacity.invalid"));
    }

    @Test
    void refusesOneOpeningTimeWithoutTheOther() {
        assertThat(Refused.fieldsAndCodes(() -> new RoomDetails(HALL, 10, false, LocalTime.of(9, 0), null)))
                .containsExactly(tuple("closesAt", "room.hours.incomplete"));
    }

    @Test
    void refusesClosingBeforeOpening() {
        assertThat(Refused.fieldsAndCodes(
                        () -> new RoomDetails(HALL, 10, false, LocalTime.of(18, 0), LocalTime.of(9, 0))))
                .containsExactly(tuple("closesAt", "room.hours.out-of-order"));
    }

    @Test
    void fromNamesEveryMissingValueAtOnce() {
        assertThat(Refused.fieldsAndCodes(
                        () -> RoomDetails.from(LocalizedText.of("", "Main Hall"), null, null, null, null)))
                .containsExactly(
                        tuple("capacity", "value.required"),
                        tuple("interpretation", "value.required"),
                        tuple("name.zh-Hant", "value.required"));
    }
}
