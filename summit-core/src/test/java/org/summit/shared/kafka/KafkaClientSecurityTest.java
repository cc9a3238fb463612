package org.summit.shared.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSecurityTest {

    @Test
    void nothingWhenNoProtocolIsSet() {
        assertThat(KafkaClientSecurity.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka1:9092")))
                .isEmpty();
    }

    @Test
    void aUserNameAndPasswordBecomeAScramLoginByDefault() {
        assertThat(KafkaClientSecurity.fromEnvironment(Map.of(
                        "KAFKA_SECURITY_PROTOCOL", "sasl_ssl",
                        "KAFKA_SASL_USERNAME", "summit-api",
                        "KAFKA_SASL_PASSWORD", "p\"w")))
                .containsEntry("kafka.security.protocol", "SASL_SSL")
                .containsEntry("kafka.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry(
                        "kafka.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"summit-api\" password=\"p\\\"w\";");
    }

    @Test
    void aPlainMechanismUsesThePlainLoginAndAJaasLineIsTakenAsItIs() {
        assertThat(KafkaClientSecurity.fromEnvironment(Map.of(
                                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                                "KAFKA_SASL_MECHANISM", "PLAIN",
                                "KAFKA_SASL_USERNAME", "u",
                                "KAFKA_SASL_PASSWORD", "p"))
                        .get("kafka.sasl.jaas.config"))
                .asString()
                .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required");
        assertThat(KafkaClientSecurity.fromEnvironment(
                        Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "KAFKA_SASL_JAAS_CONFIG", "custom line;")))
                .containsEntry("kafka.sasl.jaas.config", "custom line;");
    }

    @Test
    void aSaslProtocolWithoutCredentialsIsRefusedWithWhatToSet() {
        assertThatThrownBy(() -> KafkaClientSecurity.fromEnvironment(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")))
                .hasMessageContaining("KAFKA_SASL_USERNAME");
    }

    @Test
    void sslNeedsNoSaslSettings() {
        assertThat(KafkaClientSecurity.fromEnvironment(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL")))
                .containsOnlyKeys("kafka.security.protocol");
    }
}
