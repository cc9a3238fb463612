package org.summit.api.demo;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.Summit;

/**
 * Loads the demo programme ({@link DemoProgramme}) on the first start. Its speakers are the demo delegations'
 * members, whom the agenda learns from the cities events: so it waits (retrying each second, for at most three
 * minutes) until the agenda's copy of the delegates has them all.
 */
@Singleton
class DemoAgenda {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAgenda.class);
    private static final int ATTEMPTS = 180;

    private final AgendaService agenda;
    private final DemoProgramme programme;
    private final AgendaDirectory directory;
    private final TaskScheduler scheduler;

    DemoAgenda(
            AgendaService agenda,
            DemoProgramme programme,
            AgendaDirectory directory,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.agenda = agenda;
        this.programme = programme;
        this.directory = directory;
        this.scheduler = scheduler;
    }

    /** Loads and publishes the programme once the delegates are known, unless the summit has rooms already. */
    void loadWhenDelegatesAreKnown(Summit summit) {
        if (!agenda.rooms(summit.id()).isEmpty()) {
            return;
        }
        scheduler.schedule(Duration.ZERO, () -> attempt(summit, 1));
    }

    private void attempt(Summit summit, int attempt) {
        int expected = DemoCities.CITIES.stream()
                .mapToInt(city -> city.delegation().size())
                .sum();
        Map<String, AgendaDelegate> byName = directory.all().stream()
                .collect(Collectors.toMap(AgendaDelegate::nameEn, Function.identity(), (a, b) -> a));
        boolean allKnown = DemoCities.CITIES.stream()
                .flatMap(city -> city.delegation().stream())
                .allMatch(member -> byName.containsKey(member.name().en()));
        if (!allKnown) {
            if (attempt >= ATTEMPTS) {
                LOG.warn(
                        "The demo programme was not loaded: the agenda knows {} of the {} demo delegates",
                        byName.size(),
                        expected);
            } else {
                scheduler.schedule(Duration.ofSeconds(1), () -> attempt(summit, attempt + 1));
            }
            return;
        }
        try {
            PublishedAgenda release = programme.load(summit, byName);
            LOG.info(
                    "Loaded the demo programme: {} sessions, published as release {}",
                    release.sessions().size(),
                    release.release());
        } catch (RuntimeException e) {
            LOG.warn("The demo programme was not loaded: {}", e.getMessage());
        }
    }
}
