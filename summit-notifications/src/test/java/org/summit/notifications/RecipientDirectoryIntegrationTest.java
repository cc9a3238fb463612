package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateUpdated;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Notifications' directory of recipients, kept from what the cities context publishes: changes made through the
 * cities context reach the directory over the real broker, and a redelivered event changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecipientDirectoryIntegrationTest implements KafkaTestSupport {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    CitiesService cities;

    @Inject
    RecipientDirectory directory;

    @Inject
    ReceivedEvents received;

    @Inject
    EventCodec codec;

    @Test
    void aDelegateAddedInTheCitiesContextBecomesARecipient() {
        String city = registerCity();
        String email = uniqueEmail();

        Delegate delegate = cities.addDelegate(new CityCode(city), profile("林小姐", "Ms Lin", email, "zh-Hant"));

        Recipient recipient = awaitRecipient(delegate.id());
        assertThat(recipient.cityId()).isEqualTo(city);
        assertThat(recipient.name()).isEqualTo(LocalizedText.of("林小姐", "Ms Lin"));
        assertThat(recipient.email()).isEqualTo(email);
        assertThat(recipient.language()).isEqualTo("zh-Hant");
        assertThat(directory.ofCity(city)).containsExactly(recipient);
    }

    @Test
    void anEditedDelegateShowsTheNewNameEmailAndLanguage() {
        String city = registerCity();
        Delegate delegate = cities.addDelegate(new CityCode(city), profile("林小姐", "Ms Lin", uniqueEmail(), "zh-Hant"));
        awaitRecipient(delegate.id());
        String newEmail = uniqueEmail();

        cities.reviseDelegate(
                new CityCode(city), delegate.id(), delegate.version(), profile("林博士", "Dr Lin", newEmail, "en"));

        await().atMost(DELIVERY)
                .untilAsserted(() -> assertThat(directory.find(delegate.id())).hasValueSatisfying(recipient -> {
                    assertThat(recipient.name()).isEqualTo(LocalizedText.of("林博士", "Dr Lin"));
                    assertThat(recipient.email()).isEqualTo(newEmail);
                    assertThat(recipient.language()).isEqualTo("en");
                    assertThat(recipient.cityId()).isEqualTo(city);
                }));
    }

    @Test
    void aRemovedDelegateLeavesTheDirectory() {
        String city = registerCity();
        Delegate leaving = cities.addDelegate(new CityCode(city), profile("陳先生", "Mr Chen", uniqueEmail(), "en"));
        Delegate staying = cities.addDelegate(new CityCode(city), profile("王女士", "Ms Wang", uniqueEmail(), "zh-Hant"));
        awaitRecipient(leaving.id());
        awaitRecipient(staying.id());

        cities.removeDelegate(new CityCode(city), leaving.id());

        await().atMost(DELIVERY).until(() -> directory.find(leaving.id()).isEmpty());
        assertThat(directory.ofCity(city)).extracting(Recipient::delegateId).containsExactly(staying.id());
    }

    @Test
    void aWithdrawnCityTakesItsWholeDelegationOutOfTheDirectory() {
        String withdrawing = registerCity();
        String remaining = registerCity();
        Delegate mayor = cities.addDelegate(new CityCode(withdrawing), profile("市長", "Mayor", uniqueEmail(), "en"));
        Delegate adviser =
                cities.addDelegate(new CityCode(withdrawing), profile("顧問", "Adviser", uniqueEmail(), "zh-Hant"));
        Delegate other = cities.addDelegate(new CityCode(remaining), profile("代表", "Delegate", uniqueEmail(), "en"));
        awaitRecipient(mayor.id());
        awaitRecipient(adviser.id());
        awaitRecipient(other.id());

        cities.withdraw(new CityCode(withdrawing));

        await().atMost(DELIVERY).until(() -> directory.ofCity(withdrawing).isEmpty());
        assertThat(directory.all())
                .extracting(Recipient::delegateId)
                .doesNotContain(mayor.id(), adviser.id())
                .contains(other.id());
        assertThat(directory.ofCity(remaining))
                .extracting(Recipient::delegateId)
                .containsExactly(other.id());
    }

    @Test
    void aRecordDeliveredAgainChangesNothing() {
        String city = registerCity();
        Delegate delegate = cities.addDelegate(new CityCode(city), profile("林小姐", "Ms Lin", uniqueEmail(), "zh-Hant"));
        awaitRecipient(delegate.id());
        cities.reviseDelegate(
                new CityCode(city), delegate.id(), delegate.version(), profile("林博士", "Dr Lin", uniqueEmail(), "en"));
        await().atMost(DELIVERY)
                .until(() ->
                        directory.find(delegate.id()).orElseThrow().nameEn().equals("Dr Lin"));

        // Applied a second time, the old DelegateAdded would put the old name back.
        produceAgain(publishedAddition(city, delegate.id()));
        // Keyed by the same city, so on the same partition: once this arrives, the redelivery has been handled.
        Delegate later = cities.addDelegate(new CityCode(city), profile("黃先生", "Mr Huang", uniqueEmail(), "en"));
        awaitRecipient(later.id());

        assertThat(directory.find(delegate.id()).orElseThrow().name()).isEqualTo(LocalizedText.of("林博士", "Dr Lin"));
        assertThat(received.typesReceivedFor(city))
                .containsExactlyInAnyOrder("CityRegistered", "DelegateAdded", "DelegateUpdated", "DelegateAdded");
    }

    @Test
    void theSameEnvelopeAppliedTwiceIsAppliedOnce() {
        String city = "redelivered-" + suffix();
        UUID delegateId = UUID.randomUUID();
        EventEnvelope addition = codec.wrap(
                new DelegateAdded(
                        city,
                        delegateId.toString(),
                        LocalizedText.of("林小姐", "Ms Lin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("zh-Hant", "en"),
                        false,
                        null,
                        null,
                        uniqueEmail(),
                        "zh-Hant"),
                Instant.now());
        String newEmail = uniqueEmail();
        EventEnvelope update = codec.wrap(
                new DelegateUpdated(
                        city,
                        delegateId.toString(),
                        2,
                        LocalizedText.of("林博士", "Dr Lin"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of("zh-Hant", "en"),
                        false,
                        null,
                        null,
                        newEmail,
                        "en"),
                Instant.now());

        directory.apply(addition);
        directory.apply(update);
        Recipient updated = directory.find(delegateId).orElseThrow();
        // Applied a second time, the addition would put the old name, e-mail and language back.
        directory.apply(addition);

        assertThat(directory.find(delegateId)).contains(updated);
        assertThat(updated.name()).isEqualTo(LocalizedText.of("林博士", "Dr Lin"));
        assertThat(updated.email()).isEqualTo(newEmail);
        assertThat(updated.language()).isEqualTo("en");
    }

    private Recipient awaitRecipient(UUID delegateId) {
        return await().atMost(DELIVERY)
                .until(() -> directory.find(delegateId), Optional::isPresent)
                .orElseThrow();
    }

    private String registerCity() {
        String code = "city-" + suffix();
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of("城市 " + code, "City " + code),
                        CityKind.CITY,
                        CityRole.GUEST,
                        "FR",
                        "Europe/Paris",
                        null));
        return code;
    }

    private static DelegateProfile profile(String nameZhHant, String nameEn, String email, String language) {
        return new DelegateProfile(
                LocalizedText.of(nameZhHant, nameEn),
                LocalizedText.of("代表", "Delegate"),
                List.of("zh-Hant", "en"),
                false,
                LocalDate.of(2016, 3, 22),
                LocalDate.of(2016, 3, 25),
                email,
                "+33 1 23 45 67 89",
                language);
    }

    private static String uniqueEmail() {
        return "delegate-" + suffix() + "@example.org";
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The record the outbox relay published for the delegate's addition, as it lies on the topic. */
    private ConsumerRecord<String, String> publishedAddition(String city, UUID delegateId) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.CITIES)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    EventEnvelope event = codec.decode(record.value());
                    if (city.equals(record.key())
                            && event.type().equals("DelegateAdded")
                            && codec.payload(event, DelegateAdded.class)
                                    .delegateId()
                                    .equals(delegateId.toString())) {
                        found.add(record);
                    }
                }
                return !found.isEmpty();
            });
        }
        return found.get(0);
    }

    /** What a replay does: the same record on the topic once more. */
    private static void produceAgain(ConsumerRecord<String, String> record) {
        Properties props = TestKafkaBroker.clientProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()));
            producer.flush();
        }
    }
}
