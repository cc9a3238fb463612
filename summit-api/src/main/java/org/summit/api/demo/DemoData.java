package org.summit.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.shared.LocalizedText;

/**
 * Loads the model of Summit, the Smart City Mayors' Summit that Taipei hosted on 23-24 March 2016, on the first
 * start of the embedded default: through the same services as any organiser, so its events flow like any other.
 */
@Singleton
@Requires(property = "summit.demo.enabled", value = "true")
class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    static final SummitDetails TAIPEI_2016 = new SummitDetails(
            LocalizedText.of("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit"),
            LocalizedText.of("臺北南港展覽館", "Taipei Nangang Exhibition Center"),
            LocalDate.of(2016, 3, 23),
            LocalDate.of(2016, 3, 24),
            "Asia/Taipei");

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final SummitService summits;

    DemoData(SummitService summits) {
        this.summits = summits;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (summits.list().isEmpty()) {
            summits.create(TAIPEI_2016);
            LOG.info("Loaded the demo: {}", TAIPEI_2016.name().en());
        }
    }
}
