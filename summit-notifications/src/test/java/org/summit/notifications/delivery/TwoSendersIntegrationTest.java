package org.summit.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summit.events.EventCodec;
import org.summit.events.accounts.AccountInvited;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notifications.Fixtures;
import org.summit.notifications.TestEvents;
import org.summit.notifications.TestSmtpServer;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Two notifications processes on one database, both consuming and both sending: each claims the e-mails it sends, so
 * none is sent twice.
 */
class TwoSendersIntegrationTest {

    private static final int INVITATIONS = 200;

    @Test
    void twoProcessesSendingFromOneQueueSendEachEmailOnce() {
        String database = "jdbc:h2:mem:two-senders-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        List<String> addresses = new ArrayList<>();
        try (TestSmtpServer smtp = TestSmtpServer.started();
                ApplicationContext one = notifications(database, smtp, "one@summit.example");
                ApplicationContext two = notifications(database, smtp, "two@summit.example");
                TestEvents events = new TestEvents(
                        TestKafkaBroker.clientProperties(), new EventCodec(JsonMapper.createDefault()))) {
            for (int i = 0; i < INVITATIONS; i++) {
                String address = "two-senders-" + i + "-" + Fixtures.suffix() + "@example.org";
                addresses.add(address);
                events.publish(new AccountInvited(
                        UUID.randomUUID().toString(),
                        address,
                        "Invitee " + i,
                        "STAFF",
                        null,
                        "/invitation/" + i,
                        Instant.now().plus(Duration.ofDays(7))));
            }

            MailRepository mails = one.getBean(MailRepository.class);
            await().atMost(DELIVERY).until(() -> mails.countByState(MailState.SENT) == INVITATIONS);
            await().during(Duration.ofSeconds(1))
                    .atMost(DELIVERY)
                    .until(() -> smtp.received().size() == INVITATIONS);
            Map<String, Long> perAddress = smtp.received().stream()
                    .flatMap(message -> TestSmtpServer.recipients(message).stream())
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perAddress.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
            assertThat(perAddress.values()).containsOnly(1L);
            // Both took part: each process signs what it sends with its own sender address.
            assertThat(smtp.received().stream()
                            .map(TwoSendersIntegrationTest::from)
                            .distinct())
                    .containsExactlyInAnyOrder("one@summit.example", "two@summit.example");
        }
    }

    private static String from(MimeMessage message) {
        try {
            return ((InternetAddress) message.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApplicationContext notifications(String database, TestSmtpServer smtp, String from) {
        Map<String, Object> properties = new HashMap<>(TestKafkaBroker.applicationProperties());
        properties.put("datasources.default.url", database);
        properties.putAll(smtp.applicationProperties());
        properties.put("summit.notifications.smtp.from", from);
        properties.put("summit.notifications.sender.interval", "50ms");
        properties.put("summit.notifications.sender.batch-size", "10");
        properties.put("summit.notifications.digest.enabled", "false");
        return ApplicationContext.run(properties, "test");
    }
}
