package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.cities.DelegateUpdated;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.shared.ConflictException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitiesServiceIntegrationTest implements KafkaTestSupport {

    @Inject
    CitiesService cities;

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Test
    void everyChangeOfACityAndItsDelegationIsPublishedInOrderOnTheCitiesTopic() {
        String code = code();
        City city = cities.register(code, grenoble(CityRole.GUEST));
        City renamed = cities.revise(
                code,
                city.version(),
                new CityDetails(
                        LocalizedText.of("格勒諾布爾-阿爾卑斯都會區", "Grenoble-Alpes Métropole"),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "FR",
                        "Europe/Paris",
                        null));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code + ".example"));
        Delegate edited = cities.reviseDelegate(code, mayor.id(), mayor.version(), renamed(mayor.profile()));
        cities.designateSignatory(code, mayor.id());
        cities.appointHead(code, mayor.id());
        cities.withdrawSignatory(code);
        cities.removeDelegate(code, mayor.id());
        cities.withdraw(code);

        List<EventEnvelope> events = eventsOf(code, 10);

        assertThat(events)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        "CityRegistered",
                        "CityUpdated",
                        "DelegateAdded",
                        "DelegateUpdated",
                        "SignatoryDesignated",
                        "CityUpdated",
                        "SignatoryWithdrawn",
                        "CityUpdated",
                        "DelegateRemoved",
                        "CityWithdrawn");
        assertThat(renamed.version()).isEqualTo(city.version() + 1);
        DelegateUpdated update = codec.payload(events.get(3), DelegateUpdated.class);
        assertThat(update.name().en()).isEqualTo("Claire Martin-Durand");
        assertThat(update.version()).isEqualTo(edited.version());
        assertThat(codec.payload(events.get(4), SignatoryDesignated.class)
                        .title()
                        .zhHant())
                .isEqualTo("都會區主席");
    }

    @Test
    void aChangeThatChangesNothingRaisesNoEvent() {
        String code = code();
        City city = cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code + ".example"));
        long written = outbox.written();

        cities.revise(code, city.version(), grenoble(CityRole.GUEST));
        cities.reviseDelegate(code, mayor.id(), mayor.version(), mayor.profile());
        cities.withdrawSignatory(code);
        cities.appointHead(code, null);

        assertThat(outbox.written()).isEqualTo(written);
    }

    @Test
    void refusesASecondCityWithTheSameCode() {
        String code = code();
        cities.register(code, grenoble(CityRole.GUEST));

        assertThatThrownBy(() -> cities.register(code, grenoble(CityRole.HOST)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already registered");
        assertThat(cities.find(code).orElseThrow().role()).isEqualTo(CityRole.GUEST);
    }

    @Test
    void refusesASecondSignatoryForTheSameCity() {
        String code = code();
        cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code + ".example"));
        Delegate deputy = cities.addDelegate(code, member("deputy@" + code + ".example"));
        cities.designateSignatory(code, mayor.id());

        assertThatThrownBy(() -> cities.designateSignatory(code, deputy.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has a signatory");
        assertThat(cities.find(code).orElseThrow().signatoryDelegateId()).isEqualTo(mayor.id());
    }

    @Test
    void refusesAPersonInTwoDelegations() {
        String first = code();
        String second = code();
        cities.register(first, grenoble(CityRole.GUEST));
        cities.register(second, grenoble(CityRole.GUEST));
        String email = "mayor@" + first + ".example";
        cities.addDelegate(first, member(email));

        assertThatThrownBy(() -> cities.addDelegate(second, member(email.toUpperCase())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("one delegation only");
        assertThat(cities.delegation(second)).isEmpty();
    }

    @Test
    void observersHaveNoSignatory() {
        String code = code();
        cities.register(code, grenoble(CityRole.OBSERVER));
        Delegate member = cities.addDelegate(code, member("observer@" + code + ".example"));

        assertThatThrownBy(() -> cities.designateSignatory(code, member.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("observers do not sign");
    }

    @Test
    void removingTheSignatoryLeavesTheCityWithoutOneUntilANewOneIsDesignated() {
        String code = code();
        cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code + ".example"));
        Delegate deputy = cities.addDelegate(code, member("deputy@" + code + ".example"));
        cities.designateSignatory(code, mayor.id());

        cities.removeDelegate(code, mayor.id());

        assertThat(cities.find(code).orElseThrow().signatoryDelegateId()).isNull();
        assertThat(cities.designateSignatory(code, deputy.id()).signatoryDelegateId())
                .isEqualTo(deputy.id());
    }

    @Test
    void aWithdrawnCityKeepsItsCodeAndCannotChange() {
        String code = code();
        City city = cities.register(code, grenoble(CityRole.GUEST));
        cities.withdraw(code);

        assertThatThrownBy(() -> cities.addDelegate(code, member("late@" + code + ".example")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> cities.revise(code, city.version() + 1, grenoble(CityRole.HOST)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cities.register(code, grenoble(CityRole.GUEST)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMemberOfAWithdrawnCityCanLeaveItAndJoinAnotherDelegation() {
        String withdrawn = code();
        String other = code();
        cities.register(withdrawn, grenoble(CityRole.GUEST));
        cities.register(other, grenoble(CityRole.GUEST));
        String email = "mayor@" + withdrawn + ".example";
        Delegate mayor = cities.addDelegate(withdrawn, member(email));
        cities.appointHead(withdrawn, mayor.id());
        cities.withdraw(withdrawn);

        cities.removeDelegate(withdrawn, mayor.id());
        Delegate moved = cities.addDelegate(other, member(email));

        assertThat(moved.cityId()).isEqualTo(other);
        assertThat(cities.delegation(withdrawn)).isEmpty();
    }

    @Test
    void theProtocolOrderListsEveryAttendingCityOnce() {
        String first = code();
        String second = code();
        cities.register(first, grenoble(CityRole.GUEST));
        cities.register(second, grenoble(CityRole.GUEST));
        List<String> order = new ArrayList<>(
                cities.list().stream().filter(City::attending).map(City::id).toList());
        order.remove(second);
        order.add(0, second);

        assertThatThrownBy(() -> cities.reorder(order.subList(1, order.size())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("missing: " + second);
        cities.reorder(order);

        assertThat(cities.list().stream().filter(City::attending).map(City::id).toList())
                .containsExactlyElementsOf(order);
        assertThat(cities.find(second).orElseThrow().protocolPosition()).isEqualTo(1);
        // Other tests reorder too on the suite's broker: wait for this order among them.
        List<List<String>> orders = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.CITIES)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    if (record.key().equals(ProtocolOrderChanged.AGGREGATE_ID)) {
                        orders.add(codec.payload(codec.decode(record.value()), ProtocolOrderChanged.class)
                                .cityIds());
                    }
                }
                assertThat(orders).contains(order);
            });
        }
    }

    @Test
    void refusesACodeThatIsNotOne() {
        assertThatThrownBy(() -> cities.register("Tel Aviv", grenoble(CityRole.GUEST)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a city code");
        assertThatThrownBy(() -> cities.register("import", grenoble(CityRole.GUEST)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reserved");
    }

    private List<EventEnvelope> eventsOf(String key, int atLeast) {
        List<EventEnvelope> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.CITIES)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    if (record.key().equals(key)) {
                        events.add(codec.decode(record.value()));
                    }
                }
                assertThat(events).hasSizeGreaterThanOrEqualTo(atLeast);
            });
        }
        return events;
    }

    static String code() {
        return "city-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static CityDetails grenoble(CityRole role) {
        return new CityDetails(
                LocalizedText.of("格勒諾布爾", "Grenoble-Alpes Métropole"),
                CityKind.CITY,
                role,
                "FR",
                "Europe/Paris",
                LocalizedText.of("法國阿爾卑斯山區的科技城", "A technology city in the French Alps"));
    }

    static DelegateProfile member(String email) {
        return new DelegateProfile(
                LocalizedText.of("克萊兒·馬丁", "Claire Martin"),
                LocalizedText.of("都會區主席", "President of the Metropolitan Area"),
                List.of("fr", "en"),
                true,
                LocalDate.of(2016, 3, 22),
                LocalDate.of(2016, 3, 25),
                email,
                null,
                "en");
    }

    private static DelegateProfile renamed(DelegateProfile profile) {
        return new DelegateProfile(
                LocalizedText.of("克萊兒·馬丁-杜蘭", "Claire Martin-Durand"),
                profile.title(),
                profile.languages(),
                profile.needsInterpretation(),
                profile.arrivesOn(),
                profile.departsOn(),
                profile.email(),
                profile.phone(),
                profile.preferredLanguage());
    }
}
