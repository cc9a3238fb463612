package org.summit.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document that outside teams read says exactly what the event contracts in the code say. */
class EventCatalogDocumentationTest {

    private final Map<String, Object> asyncApi = load();

    @Test
    void everyTopicIsAChannel() {
        Set<String> addresses = channels().values().stream()
                .map(channel -> (String) channel.get("address"))
                .collect(Collectors.toSet());

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void everyCataloguedEventIsAMessageOnItsTopicWithEveryFieldOfItsRecord() {
        for (EventCatalog.Entry entry : EventCatalog.entries()) {
            Map<String, Object> channel = channels().values().stream()
                    .filter(candidate -> entry.topic().equals(candidate.get("address")))
                    .findFirst()
                    .orElseThrow();
            assertThat((Map<String, Object>) channel.get("messages"))
                    .as("messages on " + entry.topic())
                    .containsKey(entry.name());

            Map<String, Object> message = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) asyncApi.get("components")).get("messages"))
                            .get(entry.name());
            List<Map<String, Object>> parts =
                    (List<Map<String, Object>>) ((Map<String, Object>) message.get("payload")).get("allOf");
            Map<String, Object> properties = (Map<String, Object>) parts.get(1).get("properties");
            assertThat(properties.get("schemaVersion")).isEqualTo(Map.of("const", entry.schemaVersion()));
            Map<String, Object> payload =
                    (Map<String, Object>) ((Map<String, Object>) properties.get("payload")).get("properties");
            List<String> fields = Arrays.stream(entry.javaType().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            assertThat(payload.keySet()).as(entry.name() + " fields").containsExactlyInAnyOrderElementsOf(fields);
        }
    }

    @Test
    void everyMessageOfTheDocumentIsACataloguedEventOfItsTopic() {
        for (Map<String, Object> channel : channels().values()) {
            Map<String, Object> messages = (Map<String, Object>) channel.getOrDefault("messages", Map.of());
            for (String name : messages.keySet()) {
                assertThat(EventCatalog.named(name))
                        .as(name + " in the document is in the EventCatalog")
                        .hasValueSatisfying(entry -> assertThat(entry.topic()).isEqualTo(channel.get("address")));
            }
        }
        Map<String, Object> components =
                (Map<String, Object>) ((Map<String, Object>) asyncApi.get("components")).get("messages");
        assertThat(components.keySet())
                .as("every documented message is an event of the catalogue")
                .containsExactlyInAnyOrderElementsOf(EventCatalog.entries().stream()
                        .map(EventCatalog.Entry::name)
                        .toList());
    }

    private Map<String, Map<String, Object>> channels() {
        return (Map<String, Map<String, Object>>) asyncApi.get("channels");
    }

    private static Map<String, Object> load() {
        try (InputStream in = EventCatalogDocumentationTest.class.getResourceAsStream("/asyncapi/summit-events.yml")) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
