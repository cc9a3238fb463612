package org.summit.events;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The wire form of every event on Summit's topics: the metadata every consumer needs, and the event itself as
 * {@code payload}.
 *
 * @param eventId unique per event; consumers record it to apply each event once
 * @param type the event's wire name, for example {@code SummitCreated}
 * @param schemaVersion the version of the payload's schema; adding a field does not change it
 * @param occurredAt when the change happened
 * @param aggregateId the aggregate the event is about, also the record key
 * @param payload the event's own fields
 */
@Serdeable
public record EventEnvelope(
        UUID eventId, String type, int schemaVersion, Instant occurredAt, String aggregateId, JsonNode payload) {}
