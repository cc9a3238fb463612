package org.summit.events;

/**
 * Something that happened in one of Summit's contexts, published on that context's topic through the outbox.
 *
 * <p>Implementations are immutable records named in the past tense that carry ids and values, never entities.
 * Each one is listed in the {@link EventCatalog} with its wire name, schema version and topic.
 */
public interface DomainEvent {

    /** The id of the aggregate the event is about; the Kafka key, so one aggregate's events keep their order. */
    String aggregateId();
}
