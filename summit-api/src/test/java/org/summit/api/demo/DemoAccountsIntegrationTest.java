package org.summit.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.accounts.AccountChanged;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The demo's accounts, made on a fresh start, are announced like any other account, so that notifications knows the
 * demo organiser and staff from the first minute.
 */
@MicronautTest(environments = "api", transactional = false)
@Property(name = "summit.demo.enabled", value = "true")
@Property(name = "summit.data-dir", value = "target/demo-accounts-data")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoAccountsIntegrationTest implements KafkaTestSupport {

    static {
        // The demo keeps its accounts' logins in the data directory as the server starts.
        try {
            Files.createDirectories(Path.of("target", "demo-accounts-data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    EventCodec codec;

    @Test
    void everyDemoAccountIsAnnouncedActiveOnTheAccountsTopic() {
        List<String> demoEmails = DemoData.ACCOUNTS.stream()
                .map(AccountService.DemoAccount::email)
                .toList();
        List<Account> demo = accounts.list().stream()
                .filter(account -> demoEmails.contains(account.email()))
                .toList();
        assertThat(demo).hasSize(DemoData.ACCOUNTS.size());
        List<AccountChanged> expected = demo.stream()
                .map(account -> new AccountChanged(
                        account.id().toString(),
                        account.email(),
                        account.displayName(),
                        account.role().name(),
                        account.cityId(),
                        true))
                .toList();
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.ACCOUNTS);
        List<AccountChanged> published = new ArrayList<>();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(reader, Duration.ofMillis(200))) {
                EventEnvelope envelope = codec.decode(record.value());
                if (envelope.type().equals("AccountChanged")) {
                    published.add(codec.payload(envelope, AccountChanged.class));
                }
            }
            assertThat(published).containsAll(expected);
        });
        reader.close();
        assertThat(expected)
                .extracting(AccountChanged::role)
                .containsExactlyInAnyOrder("ORGANISER", "DELEGATE", "DELEGATE", "STAFF");
    }
}
