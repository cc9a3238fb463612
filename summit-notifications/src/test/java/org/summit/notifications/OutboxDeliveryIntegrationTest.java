package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.events.Topics;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.Inbox;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

/**
 * The whole path of an event, on a real broker that the test stops in the middle: the agenda writes summits and
 * their events in one transaction, the relay publishes them, notifications applies each one exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxDeliveryIntegrationTest {

    private TestKafkaBroker.Restartable broker;
    private ApplicationContext context;
    private SummitService summits;
    private Outbox outbox;
    private ReceivedEvents received;
    private Inbox inbox;

    @BeforeAll
    void start() {
        broker = TestKafkaBroker.startOwn();
        context = ApplicationContext.run(broker.applicationProperties(), "test");
        summits = context.getBean(SummitService.class);
        outbox = context.getBean(Outbox.class);
        received = context.getBean(ReceivedEvents.class);
        inbox = context.getBean(Inbox.class);
    }

    @AfterAll
    void stop() {
        // The application first, then the broker: clients closing against a stopped broker wait for time-outs.
        context.close();
        broker.close();
    }

    @Test
    void everyEventArrivesExactlyOnceAcrossABrokerOutageAndRedelivery() {
        List<Summit> before = createSummits(10, "before");
        await().atMost(Duration.ofSeconds(60)).until(() -> received.count() == 10);

        broker.stop();
        List<Summit> during = createSummits(10, "during");
        for (Summit summit : during.subList(0, 5)) {
            summits.revise(summit.id(), summit.version(), renamed(summit));
        }
        // Written and committed, but held in the outbox while the broker is away.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 15);

        broker.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> received.count() == 25);
        assertThat(outbox.pending()).isZero();
        assertThat(inbox.appliedCount(ReceivedEvents.CONSUMER)).isEqualTo(25);
        for (Summit summit : during.subList(0, 5)) {
            assertThat(received.typesReceivedFor(summit.id().toString()))
                    .containsExactly("SummitCreated", "SummitRevised");
        }
        assertThat(received.typesReceivedFor(before.get(0).id().toString())).containsExactly("SummitCreated");

        int redelivered = redeliverEverythingOnTheAgendaTopic();
        assertThat(redelivered).isGreaterThanOrEqualTo(25);
        await().atMost(Duration.ofSeconds(60)).until(this::notificationsCaughtUp);
        assertThat(received.count()).isEqualTo(25);
        assertThat(inbox.appliedCount(ReceivedEvents.CONSUMER)).isEqualTo(25);
    }

    private List<Summit> createSummits(int count, String label) {
        List<Summit> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(summits.create(new SummitDetails(
                    LocalizedText.of("高峰會 " + label + " " + i, "Summit " + label + " " + i),
                    LocalizedText.of("臺北", "Taipei"),
                    LocalDate.of(2016, 3, 23),
                    LocalDate.of(2016, 3, 24),
                    "Asia/Taipei")));
        }
        return created;
    }

    private static SummitDetails renamed(Summit summit) {
        SummitDetails details = summit.details();
        return new SummitDetails(
                LocalizedText.of(details.name().zhHant() + "（改）", details.name().en() + " (revised)"),
                details.venue(),
                details.startsOn(),
                details.endsOn(),
                details.timeZone());
    }

    /** Publishes every record on the agenda topic a second time, as a producer retry or a replay would. */
    private int redeliverEverythingOnTheAgendaTopic() {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(broker.bootstrapServers(), Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                all.addAll(KafkaTestSupport.poll(consumer, Duration.ofMillis(200)));
                return all.size() >= 25;
            });
        }
        Properties props = broker.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            all.forEach(record -> producer.send(new ProducerRecord<>(Topics.AGENDA, record.key(), record.value())));
            producer.flush();
        }
        return all.size();
    }

    /** Whether the notifications consumer group has committed every offset up to the end of the topic. */
    private boolean notificationsCaughtUp() throws Exception {
        try (Admin admin = Admin.create(broker.clientProperties())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("summit-notifications")
                    .partitionsToOffsetAndMetadata()
                    .get();
            Set<TopicPartition> partitions = admin
                    .describeTopics(List.of(Topics.AGENDA))
                    .allTopicNames()
                    .get()
                    .get(Topics.AGENDA)
                    .partitions()
                    .stream()
                    .map(info -> new TopicPartition(Topics.AGENDA, info.partition()))
                    .collect(Collectors.toSet());
            var ends = admin.listOffsets(
                            partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all()
                    .get();
            return partitions.stream().allMatch(partition -> {
                OffsetAndMetadata offset = committed.get(partition);
                long end = ends.get(partition).offset();
                return end == 0 || (offset != null && offset.offset() == end);
            });
        }
    }
}
