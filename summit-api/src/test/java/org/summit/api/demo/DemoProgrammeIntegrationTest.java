package org.summit.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

/** The demo programme is built from the demo delegations as the agenda learnt them, and publishes cleanly. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoProgrammeIntegrationTest implements KafkaTestSupport {

    @Inject
    DemoCities demoCities;

    @Inject
    DemoProgramme programme;

    @Inject
    CitiesService cities;

    @Inject
    SummitService summits;

    @Inject
    AgendaService agenda;

    @Inject
    AgendaDirectory directory;

    @Test
    void theTwoDayProgrammeOf2016PublishesAsReleaseOneWithoutAConflict() {
        if (cities.list().isEmpty()) {
            demoCities.load();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.all().stream()
                        .map(AgendaDelegate::nameEn)
                        .collect(Collectors.toSet())
                        .containsAll(DemoCities.CITIES.stream()
                                .flatMap(city -> city.delegation().stream())
                                .map(member -> member.name().en())
                                .toList()));
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        Map<String, AgendaDelegate> people = directory.all().stream()
                .collect(Collectors.toMap(AgendaDelegate::nameEn, Function.identity(), (a, b) -> a));

        PublishedAgenda release = programme.load(summit, people);

        assertThat(release.release()).isEqualTo(1);
        assertThat(release.sessions()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(release.sessions())
                .extracting(PublishedAgenda.PublishedSession::type)
                .contains(
                        SessionType.KEYNOTE.name(),
                        SessionType.FORUM.name(),
                        SessionType.CITY_SHARING.name(),
                        SessionType.EXCHANGE_BLOCK.name(),
                        SessionType.CEREMONY.name());
        assertThat(release.tracks()).hasSize(2);
        assertThat(agenda.conflicts(summit.id())).as("not even a warning").isEmpty();
    }
}
