package org.summit.notifications;

import io.micronaut.configuration.kafka.annotation.ErrorStrategy;
import io.micronaut.configuration.kafka.annotation.ErrorStrategyValue;
import io.micronaut.configuration.kafka.annotation.KafkaListener;
import io.micronaut.configuration.kafka.annotation.OffsetReset;
import io.micronaut.configuration.kafka.annotation.OffsetStrategy;
import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;

/**
 * Hands the agenda's events to {@link ReceivedEvents}. Offsets are committed after each record is applied; a record
 * whose processing fails is retried rather than skipped.
 */
@KafkaListener(
        groupId = "summit-notifications",
        offsetReset = OffsetReset.EARLIEST,
        offsetStrategy = OffsetStrategy.SYNC_PER_RECORD,
        errorStrategy = @ErrorStrategy(value = ErrorStrategyValue.RETRY_EXPONENTIALLY_ON_ERROR, retryCount = 10))
class AgendaEventsListener {

    private final ReceivedEvents receivedEvents;
    private final EventCodec codec;

    AgendaEventsListener(ReceivedEvents receivedEvents, EventCodec codec) {
        this.receivedEvents = receivedEvents;
        this.codec = codec;
    }

    @Topic(Topics.AGENDA)
    void onAgendaEvent(@MessageBody String envelope) {
        receivedEvents.receive(Topics.AGENDA, codec.decode(envelope));
    }
}
