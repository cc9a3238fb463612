package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * A session of the draft programme as the agenda's events last described it. An {@code EXCHANGE_BLOCK} session is a
 * block exchanges are placed in; any other makes its speakers and moderator ({@link #peopleIds()}) busy.
 */
@MappedEntity("exchanges_session")
public record ProgrammeSession(
        @Id UUID id,
        UUID summitId,
        String type,
        @Nullable String titleZhHant,
        @Nullable String titleEn,
        UUID roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String people,
        long version,
        Instant updatedAt) {

    public static final String EXCHANGE_BLOCK = "EXCHANGE_BLOCK";

    public List<String> peopleIds() {
        return people.isEmpty() ? List.of() : Arrays.asList(people.split(","));
    }

    /** Its title in both languages; a language missing in the draft is taken from the other. */
    public LocalizedText title() {
        String zh = titleZhHant == null || titleZhHant.isBlank() ? titleEn : titleZhHant;
        String en = titleEn == null || titleEn.isBlank() ? titleZhHant : titleEn;
        return LocalizedText.of(zh == null ? "" : zh, en == null ? "" : en);
    }

    public boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    ProgrammeSession moved(UUID newRoomId, LocalDateTime newStart, LocalDateTime newEnd, long newVersion, Instant now) {
        return new ProgrammeSession(
                id, summitId, type, titleZhHant, titleEn, newRoomId, newStart, newEnd, people, newVersion, now);
    }
}
