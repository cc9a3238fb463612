package org.summit.agenda;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the exchanges events to the agenda's copy of the exchange meetings ({@link ExchangeMeetings}). Runs where
 * the agenda runs (summit-api); a process of notifications alone turns it off with
 * {@code summit.agenda.projections.enabled=false}.
 */
@EventsListener(groupId = "summit-agenda-exchanges")
@Requires(property = "summit.agenda.projections.enabled", notEquals = "false")
class ExchangesEventsListener {

    private final ExchangeMeetings meetings;
    private final EventCodec codec;

    ExchangesEventsListener(ExchangeMeetings meetings, EventCodec codec) {
        this.meetings = meetings;
        this.codec = codec;
    }

    @Topic(Topics.EXCHANGES)
    void onExchangesEvent(@MessageBody String envelope) {
        meetings.apply(codec.decode(envelope));
    }
}
