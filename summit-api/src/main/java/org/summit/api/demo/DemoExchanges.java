package org.summit.api.demo;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.exchanges.FollowUp;
import org.summit.events.exchanges.PreferredTime;
import org.summit.exchanges.Actor;
import org.summit.exchanges.BlockSetup;
import org.summit.exchanges.BlockView;
import org.summit.exchanges.Exchange;
import org.summit.exchanges.ExchangeDelegate;
import org.summit.exchanges.ExchangeRequest;
import org.summit.exchanges.ExchangeSummit;
import org.summit.exchanges.ExchangesDirectory;
import org.summit.exchanges.ExchangesProgramme;
import org.summit.exchanges.ExchangesService;
import org.summit.shared.LocalizedText;

/**
 * Sets up a handful of exchanges among the demo cities on the first start, so that a new user sees the feature at
 * work: the demo programme's two exchange blocks get their tables in the City Exchange Lounge, and Orlando and
 * Eindhoven have one agreed and placed, Taipei and Orlando one agreed, Grenoble declined Eindhoven, a multilateral
 * request waits for answers (Taipei proposed other times) and Grenoble waits for Orlando's answer. The exchanges learn
 * the delegates and blocks from events, so it waits (retrying each second, for at most three minutes) until they are
 * known. Each agreed one is placed at the first slot where its participants are free.
 */
@Singleton
class DemoExchanges {

    private static final Logger LOG = LoggerFactory.getLogger(DemoExchanges.class);
    private static final int ATTEMPTS = 180;
    /** The demo programme's exchange blocks: all of them get tables. */
    private static final int BLOCKS = 3;

    private static final LocalizedText LOUNGE = LocalizedText.of("城市交流廳", "City Exchange Lounge");

    private final ExchangesService exchanges;
    private final ExchangesDirectory directory;
    private final ExchangesProgramme programme;
    private final TaskScheduler scheduler;

    DemoExchanges(
            ExchangesService exchanges,
            ExchangesDirectory directory,
            ExchangesProgramme programme,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.exchanges = exchanges;
        this.directory = directory;
        this.programme = programme;
        this.scheduler = scheduler;
    }

    /** Loads the demo exchanges unless there are exchanges already, once the delegates and blocks are known. */
    void loadWhenProgrammeIsKnown() {
        if (!exchanges.all().isEmpty()) {
            return;
        }
        scheduler.schedule(Duration.ZERO, () -> attempt(1));
    }

    private void attempt(int attempt) {
        Optional<ExchangeSummit> summit = programme.summits().stream()
                .filter(known -> known.name().equals(DemoData.TAIPEI_2016.name()))
                .findFirst();
        List<BlockView> blocks =
                summit.map(known -> exchanges.blocks(known.id())).orElse(List.of());
        boolean delegatesKnown = List.of("taipei", "orlando", "eindhoven", "grenoble").stream()
                .allMatch(city -> !directory.delegatesOf(city).isEmpty());
        if (blocks.size() < BLOCKS || !delegatesKnown) {
            if (attempt >= ATTEMPTS) {
                LOG.warn(
                        "The demo exchanges were not loaded: {} exchange blocks and the delegates not known",
                        blocks.size());
            } else {
                scheduler.schedule(Duration.ofSeconds(1), () -> attempt(attempt + 1));
            }
            return;
        }
        if (!exchanges.all().isEmpty()) {
            return;
        }
        try {
            load(blocks);
        } catch (RuntimeException e) {
            LOG.warn("The demo exchanges were loaded only in part: {}", e.getMessage());
        }
    }

    private void load(List<BlockView> blocks) {
        BlockView first = exchanges.configureBlock(blocks.get(0).session().id(), tables(), null);
        BlockView second = exchanges.configureBlock(blocks.get(1).session().id(), tables(), null);
        blocks.subList(2, blocks.size())
                .forEach(block -> exchanges.configureBlock(block.session().id(), tables(), null));

        Exchange livingLabs = exchanges.request(
                as("orlando"),
                new ExchangeRequest(
                        List.of("eindhoven"),
                        null,
                        LocalizedText.of("生活實驗室與市民共創", "Living labs and co-creation with citizens"),
                        LocalizedText.of(
                                "想了解恩荷芬如何與市民及企業共同測試新服務。",
                                "We would like to learn how Eindhoven tests new services with residents and companies."),
                        List.of(member("orlando", "robert.hayes@orlando.example")),
                        List.of(slot(first, 0)),
                        false));
        exchanges.accept(
                as("eindhoven"), livingLabs.id(), List.of(member("eindhoven", "delegate.eindhoven@summit.demo")));
        place(livingLabs, List.of(first, second), 0);
        exchanges.recordOutcome(
                as("orlando"),
                livingLabs.id(),
                "雙方同意互派團隊參訪生活實驗室。Both cities will send a team to visit each other's living lab.",
                List.of(new FollowUp(
                        "Share the living-lab playbook / 分享生活實驗室手冊", "Orlando Office of Innovation", null)),
                true);

        Exchange services = exchanges.request(
                as("taipei"),
                new ExchangeRequest(
                        List.of("orlando"),
                        "SMART_PUBLIC_SERVICES",
                        null,
                        LocalizedText.of("分享臺北市民服務數位化經驗。", "Sharing Taipei's experience with digital public services."),
                        List.of(member("taipei", "it.commissioner@taipei.example")),
                        List.of(slot(second, 0)),
                        true));
        exchanges.accept(as("orlando"), services.id(), List.of(member("orlando", "robert.hayes@orlando.example")));
        place(services, List.of(second, first), 1);

        Exchange grid = exchanges.request(
                as("eindhoven"),
                new ExchangeRequest(
                        List.of("grenoble"),
                        "INFRASTRUCTURE",
                        null,
                        LocalizedText.of("智慧電網與區域供熱。", "Smart grids and district heating."),
                        List.of(member("eindhoven", "johan.devries@eindhoven.example")),
                        List.of(),
                        false));
        exchanges.decline(
                as("grenoble"), grid.id(), "Our delegation leaves before the exchange blocks. 我們的代表團在交流時段前離開。");

        Exchange triangle = exchanges.request(
                as("eindhoven"),
                new ExchangeRequest(
                        List.of("taipei", "orlando"),
                        "GOVERNMENT_INDUSTRY_ACADEMIA",
                        null,
                        LocalizedText.of(
                                "三城的產官學合作模式。",
                                "How our three cities bring government, industry and academia together."),
                        List.of(member("eindhoven", "delegate.eindhoven@summit.demo")),
                        List.of(slot(first, 1)),
                        true));
        exchanges.proposeTimes(as("taipei"), triangle.id(), List.of(slot(second, 1)));

        exchanges.request(
                as("grenoble"),
                new ExchangeRequest(
                        List.of("orlando"),
                        null,
                        LocalizedText.of("智慧交通", "Smart mobility"),
                        LocalizedText.of("想交流共享運具與交通資料。", "We would like to compare shared mobility and traffic data."),
                        List.of(member("grenoble", "claire.martin@grenoble.example")),
                        List.of(),
                        true));
        LOG.info("Loaded the demo exchanges: {}", exchanges.all().size());
    }

    /**
     * Places the exchange as an organiser would by hand: at the first slot and table, from the preferred block on,
     * where every participant is free (a demo delegate may speak in a session beside the block).
     */
    private void place(Exchange exchange, List<BlockView> blocks, int table) {
        RuntimeException last = null;
        for (BlockView block : blocks) {
            for (LocalDateTime[] slot : block.slots()) {
                try {
                    exchanges.place(
                            exchange.id(),
                            block.session().id(),
                            block.tables().get(table).id(),
                            slot[0],
                            false);
                    return;
                } catch (RuntimeException busy) {
                    last = busy;
                }
            }
        }
        LOG.info("Demo exchange {} left unplaced: {}", exchange.id(), last == null ? "no slot" : last.getMessage());
    }

    private String member(String cityId, String email) {
        return directory.delegatesOf(cityId).stream()
                .filter(delegate -> delegate.email().equals(email))
                .findFirst()
                .or(() -> directory.delegatesOf(cityId).stream().findFirst())
                .map(ExchangeDelegate::id)
                .map(UUID::toString)
                .orElseThrow();
    }

    private static PreferredTime slot(BlockView block, int index) {
        LocalDateTime[] slot = block.slots().get(Math.min(index, block.slots().size() - 1));
        return new PreferredTime(slot[0], slot[1]);
    }

    private static BlockSetup tables() {
        return new BlockSetup(
                30,
                LOUNGE,
                List.of(
                        table("1 號桌", "Table 1", 6, true),
                        table("2 號桌", "Table 2", 6, true),
                        table("3 號桌", "Table 3", 4, false),
                        table("4 號桌", "Table 4", 4, false)));
    }

    private static BlockSetup.TableSetup table(String zhHant, String en, int capacity, boolean interpretation) {
        return new BlockSetup.TableSetup(null, LocalizedText.of(zhHant, en), capacity, interpretation);
    }

    private static Actor as(String cityId) {
        return new Actor("demo", cityId);
    }
}
