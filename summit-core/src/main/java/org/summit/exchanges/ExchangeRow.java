package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** How an {@link Exchange} is stored: its columns, with its parties and outcomes as JSON. */
@MappedEntity("exchanges_exchange")
record ExchangeRow(
        @Id UUID id,
        String requestingCityId,
        String cityIds,
        ExchangeStatus status,
        String topicKey,
        @Nullable String theme,
        @Nullable String subjectZhHant,
        @Nullable String subjectEn,
        String noteZhHant,
        String noteEn,
        boolean interpretation,
        String parties,
        String outcomes,
        @Nullable UUID summitId,
        @Nullable UUID blockId,
        @Nullable UUID tableId,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        boolean pinned,
        @Nullable String cancelledByCity,
        @Nullable String cancelReason,
        String requestedBy,
        Instant requestedAt,
        Instant updatedAt,
        @Version long version) {}
