package org.summit.notifications;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** That notifications saw an event: the trail that shows what reached it and when. */
@MappedEntity("notifications_received_event")
record ReceivedEvent(
        @Id UUID eventId, String topic, String eventType, String aggregateId, Instant occurredAt, Instant receivedAt) {}
