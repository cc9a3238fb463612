package org.summit.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.DomainEvent;
import org.summit.events.EventCodec;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * A tablet lost is recorded for staff only while it matters: the signing open and its signatory still to sign. Before
 * the signing opens, after the signatory confirmed or was marked absent, for a ceremony that does not exist: nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TabletDisconnectedIntegrationTest implements KafkaTestSupport {

    @Inject
    CitiesService cities;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    @Inject
    EventCodec codec;

    @Inject
    TransactionOperations<Connection> database;

    @Test
    void aTabletLostWhileItsSignatoryStillHasToSignIsRecordedOnceEachTimeAndAtNoOtherTime() {
        String first = signingCity("臺東縣", "Taitung County");
        String second = signingCity("桃園市", "Taoyuan City");
        UUID alpha = signatoryOf(first);
        UUID beta = signatoryOf(second);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> roll.signingOrder().stream()
                        .filter(city -> city.signatoryId() != null)
                        .map(SigningCity::signatoryId)
                        .toList()
                        .containsAll(List.of(alpha, beta)));
        UUID ceremony = ceremonies
                .create(LocalizedText.of("測試簽署", "Test signing"), DemoDeclaration.TAIPEI_2016, "test")
                .id();
        UUID tablet = UUID.randomUUID();
        Instant lost = Instant.parse("2016-03-24T03:15:00Z");

        assertThat(ceremonies.tabletDisconnected(ceremony, alpha, tablet, lost))
                .as("drafted")
                .isFalse();
        ceremonies.prepare(ceremony);
        assertThat(ceremonies.tabletDisconnected(ceremony, alpha, tablet, lost))
                .as("ready, not open")
                .isFalse();
        assertThat(disconnections(ceremony)).isEmpty();

        ceremonies.open(ceremony, SigningMode.ONE_BY_ONE);

        assertThat(ceremonies.tabletDisconnected(ceremony, alpha, tablet, lost))
                .as("open, alpha waits to be called")
                .isTrue();
        assertThat(disconnections(ceremony))
                .containsExactly(new TabletDisconnected(
                        ceremony.toString(),
                        alpha.toString(),
                        first,
                        LocalizedText.of("臺東縣", "Taitung County"),
                        tablet.toString(),
                        lost));
        assertThat(ceremonies.callNext(ceremony).signatoryId()).isEqualTo(alpha);
        assertThat(ceremonies.tabletDisconnected(ceremony, alpha, tablet, lost.plusSeconds(60)))
                .as("called, signing")
                .isTrue();
        ceremonies.confirm(ceremony, alpha, 3);
        assertThat(ceremonies.tabletDisconnected(ceremony, alpha, tablet, lost.plusSeconds(120)))
                .as("confirmed")
                .isFalse();
        ceremonies.markAbsent(ceremony, beta);
        assertThat(ceremonies.tabletDisconnected(ceremony, beta, UUID.randomUUID(), lost.plusSeconds(120)))
                .as("absent")
                .isFalse();
        assertThat(ceremonies.tabletDisconnected(UUID.randomUUID(), alpha, tablet, lost))
                .as("no such ceremony")
                .isFalse();
        assertThat(ceremonies.tabletDisconnected(ceremony, UUID.randomUUID(), tablet, lost))
                .as("no such signatory")
                .isFalse();

        assertThat(disconnections(ceremony))
                .extracting(TabletDisconnected::disconnectedAt)
                .containsExactly(lost, lost.plusSeconds(60));
    }

    /** The disconnections written to the outbox for the ceremony, in the order written. */
    private List<TabletDisconnected> disconnections(UUID ceremonyId) {
        return database.executeRead(status -> {
            List<TabletDisconnected> events = new ArrayList<>();
            try (PreparedStatement query = status.getConnection()
                    .prepareStatement("SELECT envelope FROM outbox_message WHERE message_key = ? AND event_type = ?"
                            + " ORDER BY id")) {
                query.setString(1, ceremonyId.toString());
                query.setString(2, "TabletDisconnected");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        DomainEvent event =
                                codec.payload(codec.decode(rows.getString(1))).orElseThrow();
                        events.add((TabletDisconnected) event);
                    }
                }
            }
            return events;
        });
    }

    private String signingCity(String zhHant, String en) {
        String code = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of(zhHant, en), CityKind.CITY, CityRole.GUEST, "TW", "Asia/Taipei", null));
        Delegate mayor = cities.addDelegate(
                new CityCode(code),
                DelegateProfile.from(
                        LocalizedText.of("市長", "Mayor of " + en),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("en"),
                        false,
                        null,
                        null,
                        "mayor@" + code + ".test",
                        null,
                        "en"));
        cities.designateSignatory(new CityCode(code), mayor.id());
        return code;
    }

    private UUID signatoryOf(String code) {
        return cities.city(new CityCode(code)).signatoryDelegateId();
    }
}
