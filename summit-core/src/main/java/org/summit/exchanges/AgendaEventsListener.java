package org.summit.exchanges;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the agenda events to the {@link ExchangesProgramme}. Runs where the exchanges run (summit-api); a process of
 * notifications alone turns it off with {@code summit.exchanges.projections.enabled=false}.
 */
@EventsListener(groupId = "summit-exchanges-agenda")
@Requires(property = "summit.exchanges.projections.enabled", notEquals = "false")
class AgendaEventsListener {

    private final ExchangesProgramme programme;
    private final EventCodec codec;

    AgendaEventsListener(ExchangesProgramme programme, EventCodec codec) {
        this.programme = programme;
        this.codec = codec;
    }

    @Topic(Topics.AGENDA)
    void onAgendaEvent(@MessageBody String envelope) {
        programme.apply(codec.decode(envelope));
    }
}
