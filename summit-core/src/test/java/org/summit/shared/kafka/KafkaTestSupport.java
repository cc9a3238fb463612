package org.summit.shared.kafka;

import io.micronaut.test.support.TestPropertyProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * For integration tests that run against the suite's real Kafka broker: points the application at it, with the
 * broker's credentials, and gives the test a plain Kafka consumer to read what the application published. Test
 * classes that implement it need {@code @TestInstance(PER_CLASS)}.
 */
public interface KafkaTestSupport extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestKafkaBroker.applicationProperties().forEach((key, value) -> properties.put(key, value.toString()));
        return properties;
    }

    /**
     * A plain consumer of the suite's broker at {@code bootstrapServers}, with its credentials, in a group of its
     * own, reading {@code topic} from its beginning.
     */
    static KafkaConsumer<String, String> plainConsumer(String bootstrapServers, String topic) {
        return plainConsumer(TestKafkaBroker.clientProperties(bootstrapServers), topic);
    }

    /**
     * A plain consumer in a group of its own, reading {@code topic} from its beginning, connected with
     * {@code connection} (bootstrap servers and credentials, see {@link TestKafkaBroker.Restartable#clientProperties}).
     */
    static KafkaConsumer<String, String> plainConsumer(Properties connection, String topic) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** Everything a poll returns within {@code within}, for use inside an Awaitility condition. */
    static List<ConsumerRecord<String, String>> poll(KafkaConsumer<String, String> consumer, Duration within) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        consumer.poll(within).forEach(records::add);
        return records;
    }
}
