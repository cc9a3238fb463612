package org.summit.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.accounts.AccountChanged;
import org.summit.events.accounts.AccountInvited;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.Refused;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

/**
 * Every change of an account is announced with the account as it is after it, in the change's transaction, and every
 * invitation with a link that works; a refused change announces nothing. Read from the outbox as written and from the
 * real broker's accounts topic as published.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountEventsIntegrationTest implements KafkaTestSupport {

    private static final String PASSWORD = "a long enough password";

    @Inject
    AccountService accounts;

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Inject
    TransactionOperations<Connection> database;

    @Test
    void anInvitationAnnouncesTheAccountAndALinkThatSetsItsPasswordThenEachChangeTheAccountAsItIsAfterIt() {
        String email = "invited." + UUID.randomUUID() + "@orlando.example";
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.ACCOUNTS);

        AccountService.IssuedInvitation issued =
                accounts.invite(" " + email.toUpperCase() + " ", "Buddy Dyer", Role.DELEGATE, new CityCode("orlando"));

        String id = issued.account().id().toString();
        List<DomainEvent> written = writtenFor(id);
        assertThat(written)
                .containsExactly(
                        new AccountChanged(id, email, "Buddy Dyer", "DELEGATE", "orlando", false),
                        new AccountInvited(
                                id,
                                email,
                                "Buddy Dyer",
                                "DELEGATE",
                                "orlando",
                                "/invitation/" + issued.token(),
                                issued.expiresAt()));
        String path = ((AccountInvited) written.get(1)).invitationPath();
        assertThat(path).isEqualTo(issued.path());
        String token = path.substring("/invitation/".length());
        assertThat(accounts.invited(token).account().id())
                .isEqualTo(issued.account().id());

        accounts.acceptInvitation(token, PASSWORD);
        assertThat(lastWrittenFor(id))
                .isEqualTo(new AccountChanged(id, email, "Buddy Dyer", "DELEGATE", "orlando", true));

        accounts.changeRole(issued.account().id(), Role.STAFF, null);
        assertThat(lastWrittenFor(id)).isEqualTo(new AccountChanged(id, email, "Buddy Dyer", "STAFF", null, true));

        UUID organiser = accounts.createActive(
                        "organiser." + UUID.randomUUID() + "@summit.example", "Lin", Role.ORGANISER, null, PASSWORD)
                .id();
        assertThat(accounts.deactivate(issued.account().id(), organiser)).isTrue();
        assertThat(lastWrittenFor(id)).isEqualTo(new AccountChanged(id, email, "Buddy Dyer", "STAFF", null, false));
        int before = writtenFor(id).size();
        assertThat(accounts.deactivate(issued.account().id(), organiser)).isFalse();
        assertThat(writtenFor(id))
                .as("a deactivation that changed nothing announces nothing")
                .hasSize(before);

        assertThat(accounts.reactivate(issued.account().id())).isTrue();
        assertThat(lastWrittenFor(id)).isEqualTo(new AccountChanged(id, email, "Buddy Dyer", "STAFF", null, true));

        List<String> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(reader, Duration.ofMillis(200))) {
                if (record.key().equals(id)) {
                    published.add(codec.decode(record.value()).type());
                }
            }
            assertThat(published)
                    .as("on the accounts topic, keyed by the account, in the order they happened")
                    .containsExactly(
                            "AccountChanged",
                            "AccountInvited",
                            "AccountChanged",
                            "AccountChanged",
                            "AccountChanged",
                            "AccountChanged");
        });
        reader.close();
    }

    @Test
    void anAccountCreatedActiveAndANewPasswordAreAnnouncedToo() {
        String email = "staff." + UUID.randomUUID() + "@summit.example";

        Account staff = accounts.createActive(email, "Chen Wei 陳偉", Role.STAFF, null, PASSWORD);

        String id = staff.id().toString();
        AccountChanged active = new AccountChanged(id, email, "Chen Wei 陳偉", "STAFF", null, true);
        assertThat(writtenFor(id)).containsExactly(active);
        Session session = accounts.openSession(staff, Duration.ofHours(1));
        accounts.changePassword(staff.id(), session.id(), PASSWORD, "another long enough password");
        assertThat(writtenFor(id)).containsExactly(active, active);
    }

    @Test
    void aRefusedInvitationAnnouncesNothing() {
        String email = "taken." + UUID.randomUUID() + "@summit.example";
        accounts.invite(email, "First", Role.STAFF, null);
        long written = outbox.written();

        assertThat(Refused.code(ConflictException.class, () -> accounts.invite(email, "Second", Role.STAFF, null)))
                .isEqualTo("account.email.taken");

        assertThat(outbox.written()).isEqualTo(written);
    }

    /** The events written to the outbox for an account, in the order written. */
    private List<DomainEvent> writtenFor(String accountId) {
        return database.executeRead(status -> {
            List<DomainEvent> events = new ArrayList<>();
            try (PreparedStatement query = status.getConnection()
                    .prepareStatement("SELECT envelope FROM outbox_message WHERE message_key = ? ORDER BY id")) {
                query.setString(1, accountId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        EventEnvelope envelope = codec.decode(rows.getString(1));
                        events.add(codec.payload(envelope).orElseThrow());
                    }
                }
            }
            return events;
        });
    }

    private DomainEvent lastWrittenFor(String accountId) {
        List<DomainEvent> events = writtenFor(accountId);
        return events.get(events.size() - 1);
    }
}
