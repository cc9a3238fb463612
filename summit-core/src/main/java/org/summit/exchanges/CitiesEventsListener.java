package org.summit.exchanges;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the cities events to the {@link ExchangesDirectory}. Runs where the exchanges run (summit-api); a process of
 * notifications alone turns it off with {@code summit.exchanges.projections.enabled=false}.
 */
@EventsListener(groupId = "summit-exchanges-cities")
@Requires(property = "summit.exchanges.projections.enabled", notEquals = "false")
class CitiesEventsListener {

    private final ExchangesDirectory directory;
    private final EventCodec codec;

    CitiesEventsListener(ExchangesDirectory directory, EventCodec codec) {
        this.directory = directory;
        this.codec = codec;
    }

    @Topic(Topics.CITIES)
    void onCitiesEvent(@MessageBody String envelope) {
        directory.apply(codec.decode(envelope));
    }
}
