package org.summit.shared.kafka;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the application's Kafka clients authenticate to an external cluster ({@code KAFKA_BOOTSTRAP_SERVERS}), read
 * from environment variables and turned into the {@code kafka.*} properties that every producer, consumer and admin
 * client of the application is built from:
 *
 * <ul>
 *   <li>{@code KAFKA_SECURITY_PROTOCOL}: {@code PLAINTEXT} (when unset), {@code SSL}, {@code SASL_PLAINTEXT} or
 *       {@code SASL_SSL};
 *   <li>{@code KAFKA_SASL_MECHANISM}: {@code SCRAM-SHA-512} (when unset), {@code SCRAM-SHA-256} or {@code PLAIN};
 *   <li>{@code KAFKA_SASL_USERNAME} and {@code KAFKA_SASL_PASSWORD}, or a whole {@code KAFKA_SASL_JAAS_CONFIG} line.
 * </ul>
 *
 * Any other client setting (a trust store, for example) can be given as a system property {@code -Dkafka.<setting>}.
 */
public final class KafkaClientSecurity {

    private KafkaClientSecurity() {}

    /** The {@code kafka.*} application properties the variables ask for; none when the protocol is not set. */
    public static Map<String, Object> fromEnvironment(Map<String, String> env) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Optional<String> protocol = value(env, "KAFKA_SECURITY_PROTOCOL").map(p -> p.toUpperCase(Locale.ROOT));
        if (protocol.isEmpty()) {
            return properties;
        }
        properties.put("kafka.security.protocol", protocol.get());
        if (!protocol.get().startsWith("SASL_")) {
            return properties;
        }
        String mechanism = value(env, "KAFKA_SASL_MECHANISM")
                .map(m -> m.toUpperCase(Locale.ROOT))
                .orElse(KafkaCredentials.MECHANISM);
        properties.put("kafka.sasl.mechanism", mechanism);
        Optional<String> jaas = value(env, "KAFKA_SASL_JAAS_CONFIG");
        if (jaas.isEmpty()) {
            String username = value(env, "KAFKA_SASL_USERNAME")
                    .orElseThrow(() -> new IllegalArgumentException("KAFKA_SECURITY_PROTOCOL is " + protocol.get()
                            + ": set KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD, or KAFKA_SASL_JAAS_CONFIG"));
            String password = value(env, "KAFKA_SASL_PASSWORD")
                    .orElseThrow(() -> new IllegalArgumentException(
                            "KAFKA_SASL_USERNAME is set: set" + " KAFKA_SASL_PASSWORD too"));
            String module = mechanism.startsWith("SCRAM-")
                    ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                    : "org.apache.kafka.common.security.plain.PlainLoginModule";
            jaas = Optional.of(
                    module + " required username=\"" + escape(username) + "\" password=\"" + escape(password) + "\";");
        }
        properties.put("kafka.sasl.jaas.config", jaas.get());
        return properties;
    }

    /** The same settings for the embedded broker's generated user. */
    public static Map<String, Object> embedded(KafkaCredentials credentials) {
        Map<String, Object> properties = new LinkedHashMap<>();
        credentials.clientProperties().forEach((key, value) -> properties.put("kafka." + key, value));
        return properties;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
