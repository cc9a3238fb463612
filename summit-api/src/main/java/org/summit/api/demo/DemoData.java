package org.summit.api.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.AccountService.DemoAccount;
import org.summit.accounts.Role;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.cities.CitiesService;
import org.summit.shared.LocalizedText;

/**
 * Loads the model of Summit, the Smart City Mayors' Summit that Taipei hosted on 23-24 March 2016, on the first
 * start of the embedded default with its attendee cities and its programme (published as release 1), through the same services as any organiser so its events
 * flow like any other; and one account per role, whose logins are printed once and kept in the data directory.
 */
@Singleton
@Requires(property = "summit.demo.enabled", value = "true")
public class DemoData implements ApplicationEventListener<ServerStartupEvent> {

    /** The 2016 Smart City Mayors' Summit in Taipei, as the demo loads it (and the tests set it up). */
    public static final SummitDetails TAIPEI_2016 = new SummitDetails(
            LocalizedText.of("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit"),
            LocalizedText.of("臺北南港展覽館", "Taipei Nangang Exhibition Center"),
            LocalDate.of(2016, 3, 23),
            LocalDate.of(2016, 3, 24),
            "Asia/Taipei");

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("organiser@summit.demo", "Demo organiser 主辦單位", Role.ORGANISER, null),
            new DemoAccount("delegate.orlando@summit.demo", "Orlando delegate 奧蘭多代表", Role.DELEGATE, "orlando"),
            new DemoAccount("delegate.eindhoven@summit.demo", "Eindhoven delegate 恩荷芬代表", Role.DELEGATE, "eindhoven"),
            new DemoAccount("staff@summit.demo", "Ceremony staff 典禮工作人員", Role.STAFF, null));

    static final String LOGINS_FILE = "demo-logins.txt";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final SummitService summits;
    private final CitiesService cities;
    private final DemoCities demoCities;
    private final AccountService accounts;
    private final DemoAgenda demoAgenda;
    private final DemoCeremony demoCeremony;
    private final DemoExchanges demoExchanges;
    private final Path dataDir;

    DemoData(
            SummitService summits,
            CitiesService cities,
            DemoCities demoCities,
            AccountService accounts,
            DemoAgenda demoAgenda,
            DemoCeremony demoCeremony,
            DemoExchanges demoExchanges,
            @Value("${summit.data-dir}") Path dataDir) {
        this.summits = summits;
        this.cities = cities;
        this.demoCities = demoCities;
        this.accounts = accounts;
        this.demoAgenda = demoAgenda;
        this.demoCeremony = demoCeremony;
        this.demoExchanges = demoExchanges;
        this.dataDir = dataDir;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (summits.list().isEmpty()) {
            summits.create(TAIPEI_2016);
            LOG.info("Loaded the demo: {}", TAIPEI_2016.name().en());
        }
        if (cities.list().isEmpty()) {
            demoCities.load();
            LOG.info("Loaded the demo attendees: {} cities and delegations", DemoCities.CITIES.size());
        }
        summits.list().stream()
                .filter(summit -> summit.details().equals(TAIPEI_2016))
                .findFirst()
                .ifPresent(demoAgenda::loadWhenDelegatesAreKnown);
        demoCeremony.loadWhenSignatoriesAreKnown();
        demoExchanges.loadWhenProgrammeIsKnown();
        Map<String, String> logins = accounts.createDemoAccounts(ACCOUNTS);
        if (!logins.isEmpty()) {
            String table = logins.entrySet().stream()
                    .map(login -> String.format("  %-32s %s", login.getKey(), login.getValue()))
                    .collect(Collectors.joining("\n"));
            // One line each: the log keeps every message on one line (a line break would be shown escaped).
            LOG.info("Demo accounts (e-mail, password), also kept in {}:", dataDir.resolve(LOGINS_FILE));
            table.lines().forEach(login -> LOG.info("{}", login));
            keep(table);
        }
    }

    private void keep(String table) {
        Path file = dataDir.resolve(LOGINS_FILE);
        try {
            Files.writeString(file, "Summit demo accounts (e-mail, password)\n" + table + "\n", StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("Could not keep the demo logins in {}: {}", file, e.getMessage());
        }
    }
}
