package org.summit.agenda;

import io.micronaut.configuration.kafka.annotation.Topic;
import io.micronaut.context.annotation.Requires;
import io.micronaut.messaging.annotation.MessageBody;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.agenda.AgendaPublished;
import org.summit.shared.kafka.LiveEventsListener;

/**
 * Hands each {@code AgendaPublished} on the agenda topic to {@link LiveReleases}, in every process that serves the
 * agenda, each with a consumer group of its own. It keeps no inbox, unlike the projections: the push is transient and
 * changes no state, so a redelivered release only makes an open page fetch the release it already shows.
 */
@LiveEventsListener(groupId = "summit-agenda-live")
@Requires(property = "summit.agenda.projections.enabled", notEquals = "false")
class AgendaLiveListener {

    private static final String AGENDA_PUBLISHED =
            EventCatalog.of(AgendaPublished.class).name();

    private final LiveReleases releases;
    private final EventCodec codec;

    AgendaLiveListener(LiveReleases releases, EventCodec codec) {
        this.releases = releases;
        this.codec = codec;
    }

    @Topic(Topics.AGENDA)
    void onAgendaEvent(@MessageBody String record) {
        EventEnvelope envelope = codec.decode(record);
        // Dispatch on the wire name: every other agenda event (and any type this build does not know) is passed over.
        if (AGENDA_PUBLISHED.equals(envelope.type())) {
            releases.announce(codec.payload(envelope, AgendaPublished.class));
        }
    }
}
