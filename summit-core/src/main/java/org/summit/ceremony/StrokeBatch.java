package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A batch of strokes, or a clear, as stored from the stroke topic; points as the event's JSON array. */
@MappedEntity("ceremony_stroke_batch")
record StrokeBatch(
        @Id @GeneratedValue @Nullable Long id,
        UUID ceremonyId,
        UUID signatoryId,
        long seq,
        boolean cleared,
        String points,
        Instant acceptedAt) {}
