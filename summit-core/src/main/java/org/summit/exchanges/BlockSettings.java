package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;
import org.summit.shared.LocalizedText;

/**
 * The organisers' settings of an exchange block: how long a meeting lasts (the block is cut into slots of that
 * length from its start; a remainder too short for a meeting is left unused) and, optionally, the place's name as
 * guests should read it (the block's title otherwise: the agenda's events do not carry room names).
 */
@MappedEntity("exchanges_block_settings")
public record BlockSettings(
        @Id UUID blockId,
        int meetingMinutes,
        @Nullable String placeZhHant,
        @Nullable String placeEn,
        @Version long version,
        Instant updatedAt) {

    public static final int DEFAULT_MEETING_MINUTES = 30;
    public static final int MIN_MEETING_MINUTES = 10;
    public static final int MAX_MEETING_MINUTES = 240;

    @Nullable
    public LocalizedText place() {
        return placeZhHant == null ? null : LocalizedText.of(placeZhHant, placeEn);
    }
}
