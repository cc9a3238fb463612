package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.accounts.AccountInvited;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.NoticeRepository;
import org.summit.notifications.Fixtures.Person;
import org.summit.notifications.projections.Accounts;
import org.summit.notifications.rules.NotificationRules;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.Inbox;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Notifications stopped while the contexts go on publishing, then started again on the same database: it resumes from
 * the offsets it committed after each applied event, so it tells everyone what happened meanwhile, and nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsumerCatchUpIntegrationTest {

    private final String database = "jdbc:h2:mem:catch-up-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private TestKafkaBroker.Restartable broker;
    private TestSmtpServer smtp;
    private TestEvents events;

    @BeforeAll
    void start() {
        broker = TestKafkaBroker.startOwn();
        smtp = TestSmtpServer.started();
        events = new TestEvents(broker.clientProperties(), new EventCodec(JsonMapper.createDefault()));
    }

    @AfterAll
    void stop() {
        events.close();
        smtp.stop();
        broker.close();
    }

    @Test
    void aConsumerStoppedWhileEventsArePublishedCatchesUpWithoutLossOrDoubles() {
        String asking;
        String invited;
        List<Person> delegation = new ArrayList<>();
        try (ApplicationContext notifications = notifications()) {
            Fixtures fixtures = fixtures(notifications);
            asking = fixtures.city("奧蘭多", "Orlando");
            invited = fixtures.city("臺北", "Taipei");
            delegation.add(fixtures.delegate(invited, "Lin Mei", "zh-Hant"));
            delegation.add(fixtures.delegate(invited, "Chen Wei", "en"));
            events.publish(request(asking, invited));
            await().atMost(DELIVERY)
                    .until(() -> delegation.stream()
                            .allMatch(person -> fixtures.notices(person.email()).size() == 1));
        }

        // While notifications is away: ten requests and five invitations.
        List<EventEnvelope> meanwhile = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            meanwhile.add(events.publish(request(asking, invited)));
        }
        List<String> invitees = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String address = "invitee-" + i + "-" + Fixtures.suffix() + "@example.org";
            invitees.add(address);
            meanwhile.add(events.publish(new AccountInvited(
                    UUID.randomUUID().toString(),
                    address,
                    "Invitee " + i,
                    "STAFF",
                    null,
                    "/invitation/" + i,
                    Instant.now().plus(Duration.ofDays(7)))));
        }

        try (ApplicationContext notifications = notifications()) {
            Fixtures fixtures = fixtures(notifications);
            MailRepository mails = notifications.getBean(MailRepository.class);
            for (Person person : delegation) {
                await().atMost(DELIVERY)
                        .until(() -> fixtures.notices(person.email()).size() == 11);
                await().atMost(DELIVERY).until(() -> smtp.to(person.email()).size() == 11);
            }
            for (String invitee : invitees) {
                await().atMost(DELIVERY).until(() -> smtp.to(invitee).size() == 1);
            }
            await().atMost(DELIVERY)
                    .until(() -> mails.countByState(MailState.PENDING) == 0
                            && mails.countByState(MailState.SENT) == 2 * 11 + 5);
            await().during(Duration.ofSeconds(2))
                    .atMost(DELIVERY)
                    .until(() -> smtp.received().size() == 2 * 11 + 5);
            for (Person person : delegation) {
                assertThat(fixtures.notices(person.email()))
                        .extracting(notice -> notice.eventId())
                        .doesNotHaveDuplicates()
                        .containsAll(meanwhile.subList(0, 10).stream()
                                .map(EventEnvelope::eventId)
                                .toList());
            }
            // The two cities, two delegates and eleven requests before and after, five invitations: each applied once.
            assertThat(notifications.getBean(Inbox.class).appliedCount(NotificationRules.CONSUMER))
                    .isEqualTo(2 + 11 + 5);
        }
    }

    private ApplicationContext notifications() {
        Map<String, Object> properties = new HashMap<>(broker.applicationProperties());
        properties.put("datasources.default.url", database);
        smtp.applicationProperties().forEach(properties::put);
        properties.put("summit.notifications.sender.interval", "100ms");
        properties.put("summit.notifications.digest.enabled", "false");
        return ApplicationContext.run(properties, "test");
    }

    private Fixtures fixtures(ApplicationContext context) {
        return new Fixtures(
                events,
                context.getBean(RecipientDirectory.class),
                context.getBean(Accounts.class),
                context.getBean(NoticeRepository.class),
                context.getBean(MailRepository.class));
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
                "acct");
    }
}
