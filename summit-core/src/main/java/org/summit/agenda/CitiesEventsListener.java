package org.summit.agenda;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the cities events to the {@link AgendaDirectory}. Runs where the agenda runs (summit-api); a process of
 * notifications alone turns it off with {@code summit.agenda.projections.enabled=false}.
 */
@EventsListener(groupId = "summit-agenda")
@Requires(property = "summit.agenda.projections.enabled", notEquals = "false")
class CitiesEventsListener {

    private final AgendaDirectory directory;
    private final EventCodec codec;

    CitiesEventsListener(AgendaDirectory directory, EventCodec codec) {
        this.directory = directory;
        this.codec = codec;
    }

    @Topic(Topics.CITIES)
    void onCitiesEvent(@MessageBody String envelope) {
        directory.apply(codec.decode(envelope));
    }
}
