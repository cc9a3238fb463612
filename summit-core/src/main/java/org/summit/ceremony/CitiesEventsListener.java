package org.summit.ceremony;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.shared.kafka.EventsListener;

/**
 * Hands the cities events to the {@link SigningRoll}. Runs where the ceremony runs (summit-api); a process of
 * notifications alone turns it off with {@code summit.ceremony.projections.enabled=false}.
 */
@EventsListener(groupId = "summit-ceremony")
@Requires(property = "summit.ceremony.projections.enabled", notEquals = "false")
class CitiesEventsListener {

    private final SigningRoll roll;
    private final EventCodec codec;

    CitiesEventsListener(SigningRoll roll, EventCodec codec) {
        this.roll = roll;
        this.codec = codec;
    }

    @Topic(Topics.CITIES)
    void onCitiesEvent(@MessageBody String envelope) {
        roll.apply(codec.decode(envelope));
    }
}
