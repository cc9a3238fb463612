package org.summit.notifications.projections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.summit.shared.LocalizedText;

/**
 * A session of the programme as the agenda's draft has it: when and where, its title, who is on stage.
 *
 * @param version the session's version in the agenda, so that an older event is passed over
 * @param type for example {@code PANEL}; an {@code EXCHANGE_BLOCK} hosts exchanges and so never overlaps one
 * @param startsAt local time in the summit's zone
 * @param people the speakers and the moderator, delegate ids, comma-separated
 * @param revisions how many releases moved or changed it: its calendar event's SEQUENCE
 */
@MappedEntity("notifications_session")
public record SessionCopy(
        @Id String sessionId,
        String summitId,
        long version,
        String type,
        String titleZhHant,
        String titleEn,
        String roomId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String people,
        int revisions,
        Instant updatedAt) {

    static final String EXCHANGE_BLOCK = "EXCHANGE_BLOCK";

    public LocalizedText title() {
        return LocalizedText.of(titleZhHant, titleEn);
    }

    /** The speakers and the moderator. */
    public List<String> peopleIds() {
        return split(people);
    }

    /** Whether people on its stage are busy then: every session but an exchange block. */
    boolean busy() {
        return !EXCHANGE_BLOCK.equals(type) && !people.isEmpty();
    }

    SessionCopy moved(String room, LocalDateTime start, LocalDateTime end, long newVersion, Instant at) {
        return new SessionCopy(
                sessionId, summitId, newVersion, type, titleZhHant, titleEn, room, start, end, people, revisions, at);
    }

    SessionCopy revised() {
        return new SessionCopy(
                sessionId,
                summitId,
                version,
                type,
                titleZhHant,
                titleEn,
                roomId,
                startsAt,
                endsAt,
                people,
                revisions + 1,
                updatedAt);
    }

    static List<String> split(String ids) {
        return ids == null || ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(",")).filter(id -> !id.isBlank()).toList();
    }
}
