package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.agenda.SummitRevised;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;
import org.summit.shared.SharedProblem;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;
import org.summit.shared.outbox.Outbox;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitServiceIntegrationTest implements KafkaTestSupport {

    private static final SummitDetails TAIPEI_2016 = new SummitDetails(
            LocalizedText.of("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit"),
            LocalizedText.of("臺北國際會議中心", "Taipei International Convention Center"),
            LocalDate.of(2016, 3, 23),
            LocalDate.of(2016, 3, 24),
            "Asia/Taipei");

    @Inject
    SummitService summits;

    @Inject
    Outbox outbox;

    @Inject
    EventCodec codec;

    @Test
    void publishesTheCreationAndEachRevisionOnTheAgendaTopicKeyedBySummit() {
        Summit created = summits.create(TAIPEI_2016);
        SummitDetails moved = new SummitDetails(
                TAIPEI_2016.name(),
                LocalizedText.of("臺北市政府", "Taipei City Hall"),
                TAIPEI_2016.startsOn(),
                TAIPEI_2016.endsOn(),
                TAIPEI_2016.timeZone());
        Summit revised = summits.revise(created.id(), created.version(), moved);

        assertThat(revised.version()).isEqualTo(created.version() + 1);
        List<EventEnvelope> published = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.AGENDA)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    if (record.key().equals(created.id().toString())) {
                        published.add(codec.decode(record.value()));
                    }
                }
                assertThat(published).hasSize(2);
            });
        }
        assertThat(published).extracting(EventEnvelope::type).containsExactly("SummitCreated", "SummitRevised");
        assertThat(codec.payload(published.get(0), SummitCreated.class).name()).isEqualTo(TAIPEI_2016.name());
        SummitRevised revision = codec.payload(published.get(1), SummitRevised.class);
        assertThat(revision.venue().en()).isEqualTo("Taipei City Hall");
        assertThat(revision.version()).isEqualTo(revised.version());
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 0);
    }

    @Test
    void refusesARevisionOfAnOutdatedVersionAndKeepsTheCurrentOne() {
        Summit created = summits.create(TAIPEI_2016);
        SummitDetails renamed = new SummitDetails(
                LocalizedText.of("改名", "Renamed"),
                TAIPEI_2016.venue(),
                TAIPEI_2016.startsOn(),
                TAIPEI_2016.endsOn(),
                TAIPEI_2016.timeZone());
        summits.revise(created.id(), created.version(), renamed);

        assertThatThrownBy(() -> summits.revise(created.id(), created.version(), TAIPEI_2016))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo(SharedProblem.VERSION_STALE));
        assertThat(summits.find(created.id()).orElseThrow().name()).isEqualTo(renamed.name());
    }

    @Test
    void aRevisionThatChangesNothingRaisesNoEvent() {
        Summit created = summits.create(TAIPEI_2016);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 0);

        Summit same = summits.revise(created.id(), created.version(), TAIPEI_2016);

        assertThat(same.version()).isEqualTo(created.version());
        assertThat(outbox.pending()).isZero();
    }
}
