package org.summit.shared.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** An event written in the same transaction as the change that raised it, waiting for the relay to publish it. */
@MappedEntity("outbox_message")
record OutboxMessage(
        @Id @GeneratedValue Long id,
        UUID eventId,
        String topic,
        String messageKey,
        String eventType,
        String envelope,
        Instant createdAt,
        @Nullable Instant publishedAt) {}
