package org.summit.shared.inbox;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** That a consumer applied an event; written in the same transaction as what the event changed. */
@MappedEntity("processed_event")
record ProcessedEvent(@Id @GeneratedValue Long id, String consumer, UUID eventId, Instant processedAt) {}
