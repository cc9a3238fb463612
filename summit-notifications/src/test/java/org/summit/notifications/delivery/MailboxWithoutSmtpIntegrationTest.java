package org.summit.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.accounts.AccountInvited;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.NoticePreference;
import org.summit.notices.NoticePreferenceRepository;
import org.summit.notices.NoticeRepository;
import org.summit.notifications.Fixtures;
import org.summit.notifications.Fixtures.Person;
import org.summit.notifications.RecipientDirectory;
import org.summit.notifications.TestEvents;
import org.summit.notifications.projections.Accounts;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The embedded default, with no SMTP server configured: every e-mail is written as it would be sent and kept in the
 * mailbox (state KEPT) that organisers open in the app; the daily digest too.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailboxWithoutSmtpIntegrationTest implements KafkaTestSupport {

    @Inject
    EventCodec codec;

    @Inject
    RecipientDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    NoticePreferenceRepository preferences;

    @Inject
    Digests digests;

    private TestEvents events;
    private Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(KafkaTestSupport.super.getProperties());
        properties.put("summit.notifications.smtp.host", "");
        properties.put("summit.notifications.digest.enabled", "false");
        return properties;
    }

    @BeforeAll
    void publisher() {
        events = new TestEvents(TestKafkaBroker.clientProperties(), codec);
        fixtures = new Fixtures(events, directory, accounts, notices, mails);
    }

    @AfterAll
    void close() {
        events.close();
    }

    @Test
    void everyEmailIsKeptInTheMailboxWhenNoServerIsConfigured() {
        String address = "kept." + Fixtures.suffix() + "@example.org";
        String asking = fixtures.city("奧蘭多", "Orlando");
        String invited = fixtures.city("臺北", "Taipei");
        Person delegate = fixtures.delegate(invited, "Lin Mei", "zh-Hant");
        Person waiting = fixtures.delegate(invited, "Chen Wei", "en");
        preferences.save(new NoticePreference(waiting.key(), null, true, "", "", Instant.now()));

        events.publish(new AccountInvited(
                UUID.randomUUID().toString(),
                address,
                "Kept Person",
                "STAFF",
                null,
                "/invitation/kept",
                Instant.now().plus(Duration.ofDays(7))));
        events.publish(new ExchangeRequested(
                UUID.randomUUID().toString(),
                asking,
                List.of(invited),
                "INFRASTRUCTURE",
                null,
                LocalizedText.of("", ""),
                List.of(),
                List.of(),
                false,
                "acct"));

        await().atMost(DELIVERY).until(() -> fixtures.mails(address).size() == 1);
        Mail invitation = fixtures.mails(address).get(0);
        assertThat(invitation.state()).isEqualTo(MailState.KEPT);
        assertThat(invitation.textBody()).contains("http://localhost:8080/invitation/kept");
        await().atMost(DELIVERY).until(() -> fixtures.mails(delegate.email()).size() == 1);
        assertThat(fixtures.mails(delegate.email()).get(0).state()).isEqualTo(MailState.KEPT);
        assertThat(fixtures.notices(delegate.email())).hasSize(1);

        await().atMost(DELIVERY).until(() -> fixtures.mails(waiting.email()).size() == 1);
        assertThat(fixtures.mails(waiting.email()).get(0).state()).isEqualTo(MailState.DIGEST);
        digests.run(Instant.now());
        assertThat(fixtures.mails(waiting.email(), "digest"))
                .singleElement()
                .extracting(Mail::state)
                .isEqualTo(MailState.KEPT);
        await().during(Duration.ofSeconds(2))
                .atMost(DELIVERY)
                .until(() -> fixtures.mails(address).get(0).state() == MailState.KEPT);
    }
}
