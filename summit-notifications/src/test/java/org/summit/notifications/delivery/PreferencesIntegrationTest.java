package org.summit.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.summit.events.agenda.SummitCreated;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.NoticePreference;
import org.summit.notices.NoticePreferenceRepository;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.notifications.Fixtures;
import org.summit.notifications.Fixtures.Person;
import org.summit.notifications.ReadMail;
import org.summit.notifications.RecipientDirectory;
import org.summit.notifications.TestEvents;
import org.summit.notifications.TestSmtpServer;
import org.summit.notifications.projections.Accounts;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Each person's preferences, as summit-api stores them: kinds turned off in the app or by e-mail, the language to be
 * written in, and e-mails gathered into one daily digest (run here for a given instant, rather than waited for).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreferencesIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime TEN = LocalDateTime.of(2016, 3, 23, 10, 0);

    private final TestSmtpServer smtp = TestSmtpServer.started();

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

    @Inject
    TransactionOperations<Connection> transactions;

    private TestEvents events;
    private Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(KafkaTestSupport.super.getProperties());
        properties.putAll(smtp.applicationProperties());
        properties.put("summit.notifications.sender.interval", "100ms");
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
        smtp.stop();
    }

    @Test
    void aKindTurnedOffOnOneChannelStillReachesTheOther() {
        String asking = fixtures.city("奧蘭多", "Orlando");
        String invited = fixtures.city("臺北", "Taipei");
        Person noApp = fixtures.delegate(invited, "Lin Mei", "zh-Hant");
        Person noMail = fixtures.delegate(invited, "Chen Wei", "en");
        Person everything = fixtures.delegate(invited, "Wang Hua", "en");
        prefer(noApp.key(), null, false, "exchange.requested,exchange.accepted", "");
        prefer(noMail.key(), null, false, "", "exchange.requested");

        events.publish(request(asking, invited));

        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(everything.email()).size() == 1);
        assertThat(fixtures.mails(everything.email())).hasSize(1);
        assertThat(fixtures.notices(noApp.email())).isEmpty();
        assertThat(fixtures.mails(noApp.email())).hasSize(1);
        assertThat(fixtures.notices(noMail.email())).hasSize(1);
        assertThat(fixtures.mails(noMail.email())).isEmpty();
    }

    @Test
    void theLanguageAPersonChoseWinsOverTheirDelegationsAndAnInvitationCannotBeTurnedOff() {
        String asking = fixtures.city("奧蘭多", "Orlando");
        String invited = fixtures.city("臺北", "Taipei");
        Person english = fixtures.delegate(invited, "Lin Mei", "zh-Hant");
        prefer(english.key(), "en", false, "", "");
        String address = "invited." + Fixtures.suffix() + "@example.org";
        prefer(Recipients.key(address), "en", true, "", "account.invitation");

        events.publish(request(asking, invited));
        events.publish(new AccountInvited(
                UUID.randomUUID().toString(),
                address,
                "Invited Person",
                "ORGANISER",
                null,
                "/invitation/abc",
                Instant.now().plus(Duration.ofDays(7))));

        await().atMost(DELIVERY).until(() -> smtp.to(english.email()).size() == 1);
        assertThat(ReadMail.of(smtp.to(english.email()).get(0)).subject())
                .isEqualTo("Orlando asks your city for an exchange");
        // Neither a kind turned off nor the digest holds an invitation back.
        await().atMost(DELIVERY).until(() -> smtp.to(address).size() == 1);
        assertThat(ReadMail.of(smtp.to(address).get(0)).subject()).isEqualTo("You are invited to Summit");
    }

    @Test
    void emailsThatWaitForTheDigestGoOutAsOneOnceADay() {
        String asking = fixtures.city("奧蘭多", "Orlando");
        String invited = fixtures.city("臺北", "Taipei");
        Person reader = fixtures.delegate(invited, "Lin Mei", "en");
        prefer(reader.key(), null, true, "", "");
        String summit = UUID.randomUUID().toString();
        events.publish(new SummitCreated(
                summit,
                LocalizedText.of("智慧城市高峰會", "Smart City Summit"),
                LocalizedText.of("臺北", "Taipei"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei"));

        ExchangeRequested request = request(asking, invited);
        events.publish(request);
        events.publish(new ExchangeScheduled(
                request.exchangeId(),
                summit,
                UUID.randomUUID().toString(),
                "table-1",
                LocalizedText.of("創新：奧蘭多與臺北", "Innovation: Orlando and Taipei"),
                LocalizedText.of("大會堂，第 1 桌", "Main Hall, table 1"),
                TEN,
                TEN.plusMinutes(30),
                List.of(reader.id()),
                false));

        await().atMost(DELIVERY).until(() -> fixtures.mails(reader.email()).size() == 2);
        assertThat(fixtures.mails(reader.email())).extracting(Mail::state).containsOnly(MailState.DIGEST);
        // The app tells them at once all the same.
        assertThat(fixtures.notices(reader.email())).hasSize(2);
        Instant morning = Instant.now();

        assertThat(digests.run(morning)).isPositive();

        List<Mail> digest = fixtures.mails(reader.email(), "digest");
        assertThat(digest).hasSize(1);
        assertThat(digest.get(0).eventId())
                .isEqualTo(Digests.eventId(
                        reader.key(), morning.atZone(ZoneId.of("Asia/Taipei")).toLocalDate()));
        await().atMost(DELIVERY).until(() -> smtp.to(reader.email()).size() == 1);
        ReadMail summary = ReadMail.of(smtp.to(reader.email()).get(0));
        assertThat(summary.subject()).isEqualTo("Your daily summary: 2 notifications");
        assertThat(summary.text())
                .startsWith("Dear Lin Mei,")
                .contains("* Orlando asks your city for an exchange\n  Orlando asks your delegation for an exchange")
                .contains("* Exchange scheduled: Innovation: Orlando and Taipei\n  Your exchange meeting")
                .doesNotContain("Dear Lin Mei,\n\nOrlando asks");
        assertThat(summary.calendar()).contains("UID:exchange-" + request.exchangeId() + "@summit");
        for (Mail carried : fixtures.mails(reader.email(), "exchange.requested")) {
            assertThat(carried.state()).isEqualTo(MailState.SENT);
            assertThat(carried.sentAt()).isNotNull();
            assertThat(digestOf(carried)).isEqualTo(digest.get(0).id());
        }

        // Once a day: what comes after today's digest waits for tomorrow's.
        events.publish(request(asking, invited));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.mails(reader.email(), "exchange.requested").size() == 2);
        assertThat(digests.run(Instant.now())).isZero();
        assertThat(fixtures.mails(reader.email(), "digest")).hasSize(1);
        assertThat(fixtures.mails(reader.email()))
                .filteredOn(mail -> mail.state() == MailState.DIGEST)
                .hasSize(1);

        assertThat(digests.run(Instant.now().plus(Duration.ofDays(1)))).isEqualTo(1);
        assertThat(fixtures.mails(reader.email(), "digest")).hasSize(2);
        await().atMost(DELIVERY).until(() -> smtp.to(reader.email()).size() == 2);
        assertThat(fixtures.mails(reader.email())).noneMatch(mail -> mail.state() == MailState.DIGEST);
    }

    private void prefer(String recipient, String language, boolean digest, String inAppOff, String emailOff) {
        preferences.save(new NoticePreference(recipient, language, digest, inAppOff, emailOff, Instant.now()));
    }

    private static ExchangeRequested request(String asking, String invited) {
        return new ExchangeRequested(
                UUID.randomUUID().toString(),
                asking,
                List.of(invited),
                "INNOVATION",
                null,
                LocalizedText.of("", ""),
                List.of(),
                List.of(),
                false,
                UUID.randomUUID().toString());
    }

    /** The digest that carried an e-mail: a column the shared record does not map. */
    private UUID digestOf(Mail mail) {
        return transactions.executeRead(status -> {
            try (PreparedStatement query =
                    status.getConnection().prepareStatement("SELECT digest_id FROM notifications_mail WHERE id = ?")) {
                query.setObject(1, mail.id());
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    return result.getObject(1, UUID.class);
                }
            }
        });
    }
}
