package org.summit.notifications;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;

/**
 * Hands the cities context's events to {@link ReceivedEvents} and to the {@link RecipientDirectory}, with the same
 * delivery guarantees as {@link AgendaEventsListener}: offsets are committed after each record is applied; a record
 * whose processing fails is retried rather than skipped.
 */
@KafkaListener(
        groupId = "summit-notifications",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 10))
class CitiesEventsListener {

    private final ReceivedEvents receivedEvents;
    private final RecipientDirectory directory;
    private final EventCodec codec;

    CitiesEventsListener(ReceivedEvents receivedEvents, RecipientDirectory directory, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.directory = directory;
        this.codec = codec;
    }

    @Topic(Topics.CITIES)
    void onCitiesEvent(@MessageBody String envelope) {
        EventEnvelope event = codec.decode(envelope);
        // Two transactions, each idempotent on its own: when the directory fails and the record is retried, the
        // event is not received a second time.
        receivedEvents.receive(Topics.CITIES, event);
        directory.apply(event);
    }
}
