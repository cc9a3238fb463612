package org.summit.api.demo;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.CeremonyState;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningCity;
import org.summit.ceremony.SigningRoll;
import org.summit.shared.LocalizedText;

/**
 * Sets up the demo ceremony on the first start: the 2016 Smart City Taipei Declaration, drafted, then made ready
 * (text locked, signatories fixed) so that staff can open it at once. Its signatories are the demo cities' designated
 * signatories, which the ceremony learns from the cities events: so it waits (retrying each second, for at most three
 * minutes) until the signing roll has every signing demo city with its signatory.
 */
@Singleton
class DemoCeremony {

    static final LocalizedText NAME =
            LocalizedText.of("2016 智慧城市 臺北宣言簽署典禮", "Signing of the 2016 Smart City Taipei Declaration");

    private static final Logger LOG = LoggerFactory.getLogger(DemoCeremony.class);
    private static final int ATTEMPTS = 180;

    private final CeremonyService ceremonies;
    private final SigningRoll roll;
    private final TaskScheduler scheduler;

    DemoCeremony(
            CeremonyService ceremonies, SigningRoll roll, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.ceremonies = ceremonies;
        this.roll = roll;
        this.scheduler = scheduler;
    }

    /** Drafts the demo ceremony unless there is one, and makes it ready once the signatories are known. */
    void loadWhenSignatoriesAreKnown() {
        Optional<Ceremony> current = ceremonies.current();
        if (current.isPresent() && current.get().state() != CeremonyState.DRAFT) {
            return;
        }
        Ceremony ceremony = current.orElseGet(() -> ceremonies.create(NAME, DemoDeclaration.TAIPEI_2016, "demo"));
        scheduler.schedule(Duration.ZERO, () -> attempt(ceremony, 1));
    }

    private void attempt(Ceremony ceremony, int attempt) {
        long expected = DemoCities.CITIES.stream()
                .filter(city -> city.details().role().signs())
                .count();
        long known = roll.signingOrder().stream()
                .filter(city -> city.signatoryId() != null)
                .map(SigningCity::cityId)
                .filter(id ->
                        DemoCities.CITIES.stream().anyMatch(city -> city.code().equals(id)))
                .count();
        if (known < expected) {
            if (attempt >= ATTEMPTS) {
                LOG.warn("The demo ceremony was not made ready: {} of {} signatories are known", known, expected);
            } else {
                scheduler.schedule(Duration.ofSeconds(1), () -> attempt(ceremony, attempt + 1));
            }
            return;
        }
        try {
            Ceremony ready = ceremonies.prepare(ceremony.id());
            LOG.info(
                    "Loaded the demo ceremony: {}, ready with {} signatories",
                    ready.name().en(),
                    ceremonies.signatories(ready.id()).size());
        } catch (RuntimeException e) {
            LOG.warn("The demo ceremony was not made ready: {}", e.getMessage());
        }
    }
}
