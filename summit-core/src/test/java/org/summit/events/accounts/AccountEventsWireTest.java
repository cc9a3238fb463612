package org.summit.events.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;

/** The accounts events cross the wire whole, with their names, on the accounts topic, keyed by the account. */
class AccountEventsWireTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    @Test
    void anOrganiserWithoutACityAndADelegateOfOneArriveAsTheyWere() {
        AccountChanged organiser = new AccountChanged(
                "7a3c1f2e-0b4d-4e5f-8a6b-9c0d1e2f3a4b",
                "organiser@summit.demo",
                "主辦單位 Organiser",
                "ORGANISER",
                null,
                true);
        AccountChanged delegate = new AccountChanged(
                "0f1e2d3c-4b5a-4697-8877-665544332211", "mayor@orlando.example", "Buddy", "DELEGATE", "orlando", false);

        assertThat(roundTrip(organiser)).isEqualTo(organiser);
        assertThat(roundTrip(delegate)).isEqualTo(delegate);
        assertThat(codec.wrap(delegate, Instant.now()).type()).isEqualTo("AccountChanged");
        assertThat(codec.wrap(delegate, Instant.now()).aggregateId()).isEqualTo(delegate.accountId());
    }

    @Test
    void anInvitationArrivesWithItsPathAndExpiry() {
        AccountInvited invited = new AccountInvited(
                "0f1e2d3c-4b5a-4697-8877-665544332211",
                "staff@summit.demo",
                "典禮工作人員 Ceremony staff",
                "STAFF",
                null,
                "/invitation/abc123",
                Instant.parse("2016-03-08T08:00:00Z"));

        EventEnvelope received = codec.decode(codec.encode(codec.wrap(invited, Instant.parse("2016-03-01T08:00:00Z"))));

        assertThat(codec.payload(received, AccountInvited.class)).isEqualTo(invited);
        assertThat(received.aggregateId()).as("keyed by the account").isEqualTo(invited.accountId());
        assertThat(EventCatalog.of(AccountInvited.class).topic()).isEqualTo(Topics.ACCOUNTS);
    }

    private <T extends DomainEvent> DomainEvent roundTrip(T event) {
        return codec.payload(codec.decode(codec.encode(codec.wrap(event, Instant.parse("2016-03-01T08:00:00Z")))))
                .orElseThrow();
    }
}
