package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A session of the published programme that a person marked for their agenda. */
@MappedEntity("agenda_bookmark")
record Bookmark(
        @Id @GeneratedValue @Nullable Long id, UUID accountId, UUID sessionId, UUID summitId, Instant createdAt) {}
