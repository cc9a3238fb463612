package org.summit.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.summit.events.agenda.AgendaChange;
import org.summit.shared.LocalizedText;

/**
 * A release of a summit's programme as delegates and visitors see it, frozen when it was published: its rooms,
 * tracks and sessions with the names of their speakers, and the changelog against the release before.
 *
 * @param timeZone the zone every local time of the release is in
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PublishedAgenda(
        String summitId,
        int release,
        Instant publishedAt,
        String timeZone,
        LocalDate startsOn,
        LocalDate endsOn,
        List<PublishedRoom> rooms,
        List<PublishedTrack> tracks,
        List<PublishedSession> sessions,
        List<AgendaChange> changes) {

    /** A room of the release. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PublishedRoom(String id, LocalizedText name, int capacity, boolean interpretation) {}

    /** A track of the release. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PublishedTrack(String id, LocalizedText name) {}

    /** A speaker or moderator, with their city's code. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PublishedPerson(String id, LocalizedText name, String cityId) {}

    /**
     * A session of the release.
     *
     * @param language the language it is held in ({@code zh-Hant} or {@code en}); null in releases published before
     *     sessions had one
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PublishedSession(
            String id,
            LocalizedText title,
            @Nullable LocalizedText summary,
            String type,
            @Nullable String language,
            @Nullable String trackId,
            String roomId,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            List<PublishedPerson> speakers,
            @Nullable PublishedPerson moderator) {}
}
