package org.summit.shared.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaCredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void areMadeOnceReadableByTheOwnerOnlyAndReadBackTheSame() throws Exception {
        Path file = dataDir.resolve(KafkaCredentials.FILE_NAME);

        KafkaCredentials made = KafkaCredentials.readOrCreate(file);
        KafkaCredentials again = KafkaCredentials.readOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(again.username()).isEqualTo(made.username()).isEqualTo("summit");
        assertThat(again.fingerprint()).isEqualTo(made.fingerprint());
        assertThat(made.password()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void theFileIsAKafkaClientConfiguration() throws Exception {
        Path file = dataDir.resolve(KafkaCredentials.FILE_NAME);
        KafkaCredentials made = KafkaCredentials.readOrCreate(file);

        Properties props = new Properties();
        try (var in = Files.newInputStream(file)) {
            props.load(in);
        }

        assertThat(props)
                .containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", made.scramJaasConfig());
    }

    @Test
    void eachGenerationHasItsOwnPasswordAndToStringHidesIt() {
        KafkaCredentials one = KafkaCredentials.generate("summit");
        KafkaCredentials two = KafkaCredentials.generate("summit");

        assertThat(one.password()).isNotEqualTo(two.password());
        assertThat(one.toString()).doesNotContain(one.password());
    }
}
