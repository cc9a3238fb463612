package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.Topics;
import org.summit.events.accounts.AccountChanged;
import org.summit.events.accounts.AccountInvited;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * An organiser's invitation over HTTP reaches the accounts topic with the very link the API answered, and that link
 * is the one the invited person opens to set their password; each step after it follows on the topic.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationEventsIntegrationTest implements KafkaTestSupport {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    EventCodec codec;

    @Test
    void theInvitationOnTheTopicCarriesTheLinkThatSetsThePasswordAndTheAcceptanceFollows() {
        KafkaConsumer<String, String> reader =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.ACCOUNTS);
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        String email = "staff." + UUID.randomUUID() + "@test.summit";

        Map<String, Object> issued = http.toBlocking()
                .retrieve(
                        organiser.send(HttpRequest.POST(
                                "/api/accounts/invitations",
                                Map.of("email", email, "displayName", "陳偉 Chen Wei", "role", "staff"))),
                        JSON);

        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) issued.get("account")).get("id");
        List<DomainEvent> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            published.addAll(read(reader, id));
            assertThat(published).hasSize(2);
        });
        assertThat(published.get(0)).isEqualTo(new AccountChanged(id, email, "陳偉 Chen Wei", "STAFF", null, false));
        AccountInvited invited = (AccountInvited) published.get(1);
        assertThat(invited.invitationPath())
                .isEqualTo(issued.get("invitationLink"))
                .startsWith("/invitation/");
        assertThat(invited.expiresAt()).isEqualTo(Instant.parse((String) issued.get("expiresAt")));

        String token = invited.invitationPath().substring("/invitation/".length());
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/invitations/" + token), JSON))
                .containsEntry("email", email);
        http.toBlocking()
                .exchange(HttpRequest.POST(
                        "/api/invitations/" + token, Map.of("password", "a long enough new password")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            published.addAll(read(reader, id));
            assertThat(published).last().isEqualTo(new AccountChanged(id, email, "陳偉 Chen Wei", "STAFF", null, true));
        });
        reader.close();
    }

    private List<DomainEvent> read(KafkaConsumer<String, String> reader, String accountId) {
        List<DomainEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(reader, Duration.ofMillis(200))) {
            if (record.key().equals(accountId)) {
                events.add(codec.payload(codec.decode(record.value())).orElseThrow());
            }
        }
        return events;
    }
}
