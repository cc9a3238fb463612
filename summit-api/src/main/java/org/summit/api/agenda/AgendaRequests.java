package org.summit.api.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.summit.agenda.RoomDetails;
import org.summit.agenda.SessionDetails;
import org.summit.agenda.TrackDetails;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;

/** What organisers send to edit the programme, as sent; the agenda's value types check it. */
final class AgendaRequests {

    private AgendaRequests() {}

    /**
     * A room.
     *
     * @param interpretation whether simultaneous zh/en interpretation is available in it
     * @param opensAt when it opens, in the summit's zone (with closesAt, or neither)
     * @param version required when revising: the version edited
     */
    @Serdeable
    @Schema(name = "RoomRequest")
    record RoomRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalizedText name,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "800")
            Integer capacity,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            Boolean interpretation,

            @Nullable @Schema(example = "08:30") LocalTime opensAt,
            @Nullable @Schema(example = "18:00") LocalTime closesAt,
            @Nullable Long version) {

        RoomDetails toDetails() {
            return RoomDetails.from(name, capacity, interpretation, opensAt, closesAt);
        }
    }

    /** A track; {@code version} is required when revising. */
    @Serdeable
    @Schema(name = "TrackRequest")
    record TrackRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalizedText name,

            @Nullable Long version) {

        TrackDetails toDetails() {
            if (name == null) {
                throw InvalidInputException.of("name", SharedProblem.VALUE_REQUIRED);
            }
            return new TrackDetails(name);
        }
    }

    /**
     * A session of the draft.
     *
     * @param title in zh-Hant, English or both (a missing language blocks publishing, not the draft)
     * @param summary the abstract, or null
     * @param startsAt local date-time in the summit's zone, for example 2016-03-23T09:00
     * @param speakerIds delegate ids, in the order they are listed
     * @param keepConflicts keep the session in the draft even with hard conflicts (they then block publishing);
     *     without it a hard conflict is a 409 {@code agenda.conflicts} listing them, and nothing is stored
     * @param version required when revising: the version edited
     */
    @Serdeable
    @Schema(name = "SessionRequest")
    record SessionRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalizedText title,

            @Nullable LocalizedText summary,

            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {
                        "KEYNOTE",
                        "PANEL",
                        "FORUM",
                        "CITY_SHARING",
                        "EXCHANGE_BLOCK",
                        "CEREMONY",
                        "BREAK"
                    })
            String type,

            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    description = "The language the session is held in",
                    allowableValues = {"zh-Hant", "en"})
            String language,

            @Nullable UUID trackId,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            UUID roomId,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "2016-03-23T09:00:00")
            LocalDateTime startsAt,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED, example = "2016-03-23T09:30:00")
            LocalDateTime endsAt,

            @Nullable List<UUID> speakerIds,
            @Nullable UUID moderatorId,
            @Nullable Boolean keepConflicts,
            @Nullable Long version) {

        SessionDetails toDetails() {
            return SessionDetails.from(
                    title, summary, type, language, trackId, roomId, startsAt, endsAt, speakerIds, moderatorId);
        }

        boolean keep() {
            return Boolean.TRUE.equals(keepConflicts);
        }
    }

    /**
     * A session dragged to another time or room, or resized: see {@link SessionRequest} for {@code keepConflicts}.
     */
    @Serdeable
    @Schema(name = "MoveRequest")
    record MoveRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            UUID roomId,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalDateTime startsAt,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            LocalDateTime endsAt,

            @Nullable Boolean keepConflicts,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            Long version) {

        boolean keep() {
            return Boolean.TRUE.equals(keepConflicts);
        }
    }
}
