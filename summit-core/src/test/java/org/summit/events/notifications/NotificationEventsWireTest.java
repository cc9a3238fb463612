package org.summit.events.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;

/** The notifications' own events cross the wire whole, each on its topic with its key. */
class NotificationEventsWireTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    @Test
    void aNoticeIsKeyedByItsRecipient() {
        NoticeCreated created =
                new NoticeCreated("9e8d7c6b-5a49-4382-a170-615243342516", "mayor@orlando.example", "session.changed");

        EventEnvelope received = roundTrip(created);

        assertThat(codec.payload(received, NoticeCreated.class)).isEqualTo(created);
        assertThat(received.aggregateId()).isEqualTo("mayor@orlando.example");
        assertThat(EventCatalog.of(NoticeCreated.class).topic()).isEqualTo(Topics.NOTIFICATIONS);
    }

    @Test
    void aDeadLetterIsKeyedByItsMailAndKeepsTheLastError() {
        MailDeadLettered dead = new MailDeadLettered(
                "1a2b3c4d-5e6f-4789-8abc-def012345678",
                "mayor@orlando.example",
                "exchange.accepted",
                5,
                "421 4.3.2 Service not available, closing transmission channel");

        EventEnvelope received = roundTrip(dead);

        assertThat(codec.payload(received, MailDeadLettered.class)).isEqualTo(dead);
        assertThat(received.aggregateId()).isEqualTo(dead.mailId());
        assertThat(EventCatalog.of(MailDeadLettered.class).topic()).isEqualTo(Topics.NOTIFICATIONS_DEAD_LETTERS);
    }

    private EventEnvelope roundTrip(DomainEvent event) {
        return codec.decode(codec.encode(codec.wrap(event, Instant.parse("2016-03-01T08:00:00Z"))));
    }
}
