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
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.DelegateUpdated;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.shared.CityCode;
import org.summit.shared.ConflictException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
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
        CityCode code = code();
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
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code.value() + ".example"));
        Delegate edited = cities.reviseDelegate(code, mayor.id(), mayor.version(), renamed(mayor.profile()));
        cities.designateSignatory(code, mayor.id());
        cities.appointHead(code, mayor.id());
        cities.withdrawSignatory(code);
        cities.removeDelegate(code, mayor.id());
        cities.withdraw(code);

        List<EventEnvelope> events = eventsOf(code.value(), 10);

        assertThat(events)
                .extracting(EventEnvelope::type)
                .containsExactly(
                        "CityRegistered",
                        "CityUpdated",
                        "DelegateAdded",
                        "DelegateUpdated",
                        "SignatoryDesignated",
                        "HeadOfDelegationAppointed",
                        "SignatoryWithdrawn",
                        "HeadOfDelegationVacated",
                        "DelegateRemoved",
                        "CityWithdrawn");
        assertThat(renamed.version()).isEqualTo(city.version() + 1);
        assertThat(codec.payload(events.get(1), CityUpdated.class).version()).isEqualTo(renamed.version());
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
        CityCode code = code();
        City city = cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code.value() + ".example"));
        long written = outbox.written();

        cities.revise(code, city.version(), grenoble(CityRole.GUEST));
        cities.reviseDelegate(code, mayor.id(), mayor.version(), mayor.profile());
        cities.withdrawSignatory(code);
        cities.vacateHead(code);

        assertThat(outbox.written()).isEqualTo(written);
    }

    @Test
    void refusesASecondCityWithTheSameCode() {
        CityCode code = code();
        cities.register(code, grenoble(CityRole.GUEST));

        assertThatThrownBy(() -> cities.register(code, grenoble(CityRole.HOST)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.CITY_CODE_TAKEN));
        assertThat(cities.find(code).orElseThrow().role()).isEqualTo(CityRole.GUEST);
    }

    @Test
    void refusesASecondSignatoryForTheSameCity() {
        CityCode code = code();
        cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code.value() + ".example"));
        Delegate deputy = cities.addDelegate(code, member("deputy@" + code.value() + ".example"));
        cities.designateSignatory(code, mayor.id());

        assertThatThrownBy(() -> cities.designateSignatory(code, deputy.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.SIGNATORY_ALREADY_DESIGNATED));
        assertThat(cities.find(code).orElseThrow().signatoryDelegateId()).isEqualTo(mayor.id());
    }

    @Test
    void refusesAPersonInTwoDelegations() {
        CityCode first = code();
        CityCode second = code();
        cities.register(first, grenoble(CityRole.GUEST));
        cities.register(second, grenoble(CityRole.GUEST));
        String email = "mayor@" + first.value() + ".example";
        cities.addDelegate(first, member(email));

        assertThatThrownBy(() -> cities.addDelegate(second, member(email.toUpperCase())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.DELEGATE_EMAIL_TAKEN));
        assertThat(cities.delegation(second)).isEmpty();
    }

    @Test
    void observersHaveNoSignatoryAndTheRefusalChangesNothing() {
        CityCode code = code();
        cities.register(code, grenoble(CityRole.OBSERVER));
        Delegate member = cities.addDelegate(code, member("observer@" + code.value() + ".example"));
        City before = cities.city(code);
        long written = outbox.written();

        assertThatThrownBy(() -> cities.designateSignatory(code, member.id()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .singleElement()
                                .satisfies(violation -> {
                                    assertThat(violation.field()).isEqualTo("delegateId");
                                    assertThat(violation.code()).isEqualTo(CitiesProblem.OBSERVERS_DO_NOT_SIGN);
                                }));
        assertThat(cities.city(code)).isEqualTo(before);
        assertThat(outbox.written()).isEqualTo(written);
    }

    @Test
    void removingTheSignatoryLeavesTheCityWithoutOneUntilANewOneIsDesignated() {
        CityCode code = code();
        cities.register(code, grenoble(CityRole.GUEST));
        Delegate mayor = cities.addDelegate(code, member("mayor@" + code.value() + ".example"));
        Delegate deputy = cities.addDelegate(code, member("deputy@" + code.value() + ".example"));
        cities.designateSignatory(code, mayor.id());

        cities.removeDelegate(code, mayor.id());

        assertThat(cities.find(code).orElseThrow().signatoryDelegateId()).isNull();
        assertThat(cities.designateSignatory(code, deputy.id()).signatoryDelegateId())
                .isEqualTo(deputy.id());
    }

    @Test
    void aWithdrawnCityKeepsItsCodeAndCannotChange() {
        CityCode code = code();
        cities.register(code, grenoble(CityRole.GUEST));
        City withdrawn = cities.withdraw(code);
        long written = outbox.written();

        assertThatThrownBy(() -> cities.addDelegate(code, member("late@" + code.value() + ".example")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.CITY_WITHDRAWN));
        // Revised at its current version, so the refusal is the withdrawal's, not a stale version's.
        assertThatThrownBy(() -> cities.revise(code, withdrawn.version(), grenoble(CityRole.HOST)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.CITY_WITHDRAWN));
        assertThatThrownBy(() -> cities.register(code, grenoble(CityRole.GUEST)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(CitiesProblem.CITY_CODE_TAKEN));
        assertThat(cities.city(code)).isEqualTo(withdrawn);
        assertThat(cities.delegation(code)).isEmpty();
        assertThat(outbox.written()).isEqualTo(written);
    }

    @Test
    void aMemberOfAWithdrawnCityCanLeaveItAndJoinAnotherDelegation() {
        CityCode withdrawn = code();
        CityCode other = code();
        cities.register(withdrawn, grenoble(CityRole.GUEST));
        cities.register(other, grenoble(CityRole.GUEST));
        String email = "mayor@" + withdrawn.value() + ".example";
        Delegate mayor = cities.addDelegate(withdrawn, member(email));
        cities.appointHead(withdrawn, mayor.id());
        cities.withdraw(withdrawn);

        cities.removeDelegate(withdrawn, mayor.id());
        Delegate moved = cities.addDelegate(other, member(email));

        assertThat(moved.cityId()).isEqualTo(other.value());
        assertThat(cities.delegation(withdrawn)).isEmpty();
    }

    @Test
    void theProtocolOrderListsEveryAttendingCityOnce() {
        CityCode first = code();
        CityCode second = code();
        cities.register(first, grenoble(CityRole.GUEST));
        cities.register(second, grenoble(CityRole.GUEST));
        List<CityCode> order = new ArrayList<>(
                cities.attending().stream().map(city -> new CityCode(city.id())).toList());
        order.remove(second);
        order.add(0, second);

        assertThatThrownBy(() -> cities.reorder(order.subList(1, order.size())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .singleElement()
                                .satisfies(violation -> {
                                    assertThat(violation.code()).isEqualTo(CitiesProblem.PROTOCOL_ORDER_INCOMPLETE);
                                    assertThat(violation.args()).containsEntry("missing", second.value());
                                }));
        cities.reorder(order);

        List<String> codes = order.stream().map(CityCode::value).toList();
        assertThat(cities.attending().stream().map(City::id).toList()).containsExactlyElementsOf(codes);
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
                assertThat(orders).contains(codes);
            });
        }
    }

    @Test
    void refusesACodeThatIsNotOneOrIsReserved() {
        assertThatThrownBy(() -> CityCode.parse("id", "Tel Aviv"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(violation -> violation.code())
                                .containsExactly(SharedProblem.CITY_CODE_INVALID));
        assertThatThrownBy(() -> cities.register(new CityCode("import"), grenoble(CityRole.GUEST)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.violations())
                                .extracting(violation -> violation.code())
                                .containsExactly(CitiesProblem.CITY_CODE_RESERVED));
        assertThat(cities.find(new CityCode("import"))).isEmpty();
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

    static CityCode code() {
        return new CityCode("city-" + UUID.randomUUID().toString().substring(0, 8));
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
