package org.summit.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.events.accounts.AccountInvited;
import org.summit.events.notifications.MailDeadLettered;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Recipients;
import org.summit.notifications.Fixtures;
import org.summit.notifications.ReadMail;
import org.summit.notifications.TestEvents;
import org.summit.notifications.TestSmtpServer;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The sender against a real SMTP server that goes away: e-mails wait while it is down and arrive once when it is
 * back; after the last attempt an e-mail is dead and on the dead-letter topic, and an organiser's retry sends it once.
 * Retries are fast here (100 ms doubling to 500 ms, 10 attempts) so that the test needs no minutes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryIntegrationTest implements KafkaTestSupport {

    private final TestSmtpServer smtp = TestSmtpServer.started();

    @Inject
    EventCodec codec;

    @Inject
    MailRepository mails;

    private TestEvents events;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(KafkaTestSupport.super.getProperties());
        properties.putAll(smtp.applicationProperties());
        properties.put("summit.notifications.sender.interval", "100ms");
        properties.put("summit.notifications.sender.batch-size", "25");
        properties.put("summit.notifications.sender.initial-backoff", "100ms");
        properties.put("summit.notifications.sender.max-backoff", "500ms");
        properties.put("summit.notifications.sender.max-attempts", "10");
        properties.put("summit.notifications.digest.enabled", "false");
        return properties;
    }

    @BeforeAll
    void publisher() {
        events = new TestEvents(TestKafkaBroker.clientProperties(), codec);
    }

    @AfterAll
    void close() {
        events.close();
        smtp.stop();
    }

    @Test
    void anSmtpServerThatGoesDownDuringABatchGetsEveryMessageOnceWhenItIsBack() {
        smtp.start();
        smtp.goDownAfter(30);
        List<String> addresses = invite(150, "outage");

        await().atMost(DELIVERY).until(() -> !smtp.running());
        // The e-mails wait: the one refused and the rest of its batch, and those no connection could be made for.
        await().atMost(DELIVERY)
                .until(() -> mailsTo(addresses).stream()
                        .anyMatch(mail -> mail.state() == MailState.PENDING
                                && mail.attempts() > 0
                                && mail.lastError() != null
                                && mail.lastError().startsWith("Cannot reach the SMTP server")));
        assertThat(smtp.received()).hasSizeLessThan(addresses.size());
        smtp.start();

        await().atMost(DELIVERY)
                .until(() -> mailsTo(addresses).stream().allMatch(mail -> mail.state() == MailState.SENT));
        assertThat(mailsTo(addresses)).hasSize(addresses.size());
        Map<String, Long> received = smtp.received().stream()
                .flatMap(message -> TestSmtpServer.recipients(message).stream())
                .filter(addresses::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(addresses.size());
        assertThat(received.values()).containsOnly(1L);
        Set<String> messageIds = smtp.received().stream()
                .map(message -> ReadMail.of(message).messageId())
                .collect(Collectors.toSet());
        assertThat(messageIds)
                .containsAll(mailsTo(addresses).stream()
                        .map(mail -> "<" + mail.id() + "@summit>")
                        .toList());
    }

    @Test
    void aMessageThatFailsEveryAttemptIsDeadLetteredAndAnOrganisersRetrySendsItOnce() {
        smtp.stop();
        List<String> addresses = invite(2, "dead");

        await().atMost(DELIVERY)
                .until(() -> mailsTo(addresses).stream().allMatch(mail -> mail.state() == MailState.DEAD));
        for (Mail dead : mailsTo(addresses)) {
            assertThat(dead.attempts()).isEqualTo(10);
            assertThat(dead.lastError()).startsWith("Cannot reach the SMTP server 127.0.0.1:" + smtp.port());
            assertThat(dead.sentAt()).isNull();
        }
        Map<String, MailDeadLettered> letters = deadLetters(mailsTo(addresses));
        for (Mail dead : mailsTo(addresses)) {
            MailDeadLettered letter = letters.get(dead.id().toString());
            assertThat(letter.recipient()).isEqualTo(dead.recipient());
            assertThat(letter.kind()).isEqualTo("account.invitation");
            assertThat(letter.attempts()).isEqualTo(10);
            assertThat(letter.lastError()).isEqualTo(dead.lastError());
        }

        smtp.start();
        Mail retried = mailsTo(addresses).get(0);
        // What the organisers' retry does (summit-api's mailbox): back in the queue, its attempts counted afresh.
        assertThat(mails.retry(retried.id(), Instant.now())).isEqualTo(1);

        await().atMost(DELIVERY)
                .until(() -> mails.findById(retried.id()).orElseThrow().state() == MailState.SENT);
        await().during(Duration.ofSeconds(1))
                .atMost(DELIVERY)
                .until(() -> smtp.to(retried.recipient()).size() == 1);
        assertThat(ReadMail.of(smtp.to(retried.recipient()).get(0)).messageId())
                .isEqualTo("<" + retried.id() + "@summit>");
        Mail other = mailsTo(addresses).stream()
                .filter(mail -> !mail.id().equals(retried.id()))
                .findFirst()
                .orElseThrow();
        assertThat(mails.findById(other.id()).orElseThrow().state()).isEqualTo(MailState.DEAD);
        assertThat(smtp.to(other.recipient())).isEmpty();
    }

    private List<String> invite(int people, String label) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String address = label + "-" + i + "-" + Fixtures.suffix() + "@example.org";
            addresses.add(Recipients.key(address));
            events.publish(new AccountInvited(
                    UUID.randomUUID().toString(),
                    address,
                    "Person " + i,
                    "DELEGATE",
                    "orlando",
                    "/invitation/" + UUID.randomUUID(),
                    Instant.now().plus(Duration.ofDays(7))));
        }
        await().atMost(DELIVERY).until(() -> mailsTo(addresses).size() == people);
        return addresses;
    }

    private List<Mail> mailsTo(List<String> addresses) {
        Set<String> wanted = Set.copyOf(addresses);
        return mails.findAllOrderByCreatedAtDesc(Pageable.from(0, 100_000)).stream()
                .filter(mail -> wanted.contains(mail.recipient()))
                .toList();
    }

    private Map<String, MailDeadLettered> deadLetters(List<Mail> dead) {
        Set<String> ids = dead.stream().map(mail -> mail.id().toString()).collect(Collectors.toSet());
        Map<String, MailDeadLettered> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.NOTIFICATIONS_DEAD_LETTERS)) {
            await().atMost(DELIVERY).until(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    if (ids.contains(record.key())) {
                        found.put(record.key(), codec.payload(codec.decode(record.value()), MailDeadLettered.class));
                    }
                }
                return found.keySet().equals(ids);
            });
        }
        return found;
    }
}
