package org.summit.api.exchanges;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaService;
import org.summit.agenda.RoomDetails;
import org.summit.agenda.SessionDetails;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.DelegateProfile;
import org.summit.events.exchanges.PreferredTime;
import org.summit.exchanges.Actor;
import org.summit.exchanges.BlockSetup;
import org.summit.exchanges.Exchange;
import org.summit.exchanges.ExchangeRequest;
import org.summit.exchanges.ExchangesProgramme;
import org.summit.exchanges.ExchangesService;
import org.summit.exchanges.scheduling.Busy;
import org.summit.exchanges.scheduling.Meeting;
import org.summit.exchanges.scheduling.Placement;
import org.summit.exchanges.scheduling.ScheduleCheck;
import org.summit.exchanges.scheduling.SchedulingProblem;
import org.summit.exchanges.scheduling.SchedulingResult;
import org.summit.exchanges.scheduling.Slot;
import org.summit.exchanges.scheduling.Table;
import org.summit.exchanges.scheduling.Unplaced;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The exchanges benchmark through the whole application, as an organiser meets it: 200 cities of 5 delegates, a
 * two-day programme of 1,000 sessions in 50 rooms whose speakers are those delegates, an exchange block a day cut into
 * 16 half-hour slots with 30 tables each, and 2,000 agreed exchanges. It starts automatic scheduling over HTTP, follows
 * the run's progress as the UI does until it ends, then reads the schedule back from the API (exchanges, blocks and
 * the draft programme) and checks it with {@link ScheduleCheck}, which shares nothing with the solver: nobody in two
 * places or in one of their sessions, no table used twice, big enough, with interpretation where asked. Not a test:
 * run it with {@code bin/benchmark exchanges}; the README quotes its figures.
 */
public final class ExchangesBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangesBenchmark.class);
    private static final Argument<List<Map<String, Object>>> LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private static final int CITIES = 200;
    private static final int DELEGATES_PER_CITY = 5;
    private static final int EXCHANGES = 2_000;
    private static final int SESSIONS = 1_000;
    private static final int SESSION_ROOMS = 50;
    private static final int TABLES = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 23);

    private final Random random = new Random(2016);

    private ExchangesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("summit-exchanges-benchmark-");
        try (TestKafkaBroker.Restartable broker = TestKafkaBroker.startOwn();
                ApplicationContext context = ApplicationContext.builder()
                        .environments("test", "api")
                        .properties(broker.applicationProperties())
                        .properties(Map.of(
                                "datasources.default.url",
                                "jdbc:h2:file:" + dataDir.resolve("db/summit")
                                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                                "micronaut.server.port",
                                -1,
                                "summit.exchanges.scheduling.time-limit",
                                System.getProperty("summit.exchanges.scheduling.time-limit", "20s"),
                                "logger.levels.org.summit.notifications",
                                "WARN"))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            DefaultHttpClientConfiguration slowMachine = new DefaultHttpClientConfiguration();
            slowMachine.setReadTimeout(Duration.ofMinutes(2));
            slowMachine.setMaxContentLength(64 * 1024 * 1024);
            try (HttpClient http = HttpClient.create(server.getURL(), slowMachine)) {
                new ExchangesBenchmark().run(context, http);
            }
        }
    }

    private void run(ApplicationContext context, HttpClient http) {
        long start = System.nanoTime();
        Map<String, List<UUID>> delegations = cities(context.getBean(CitiesService.class));
        UUID summitId = programme(context, delegations);
        List<UUID> blocks = blocks(context, summitId);
        int agreed = exchanges(context.getBean(ExchangesService.class), delegations);
        LOG.info(String.format(
                "Set up: %d cities, %d delegates, %d sessions, %d blocks × %d tables, %d agreed exchanges in %.0f s",
                CITIES,
                CITIES * DELEGATES_PER_CITY,
                SESSIONS,
                blocks.size(),
                TABLES,
                agreed,
                (System.nanoTime() - start) / 1e9));

        LoggedIn organiser = LoggedIn.as(context.getBean(AccountService.class), http, Role.ORGANISER, null);
        long started = System.nanoTime();
        Map<String, Object> run = http.toBlocking()
                .retrieve(
                        organiser.send(
                                HttpRequest.POST("/api/exchange-scheduling/summit/" + summitId + "/runs", Map.of())),
                        JSON);
        String latest = "/api/exchange-scheduling/runs/" + run.get("id");
        Map<String, Object> ended = Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            Map<String, Object> now =
                                    http.toBlocking().retrieve(organiser.send(HttpRequest.GET(latest)), JSON);
                            LOG.info(
                                    "  {} {} ms: {} of {} placed, score {}hard/{}medium/{}soft",
                                    now.get("state"),
                                    now.get("elapsedMillis"),
                                    now.get("placed"),
                                    now.get("total"),
                                    now.get("hard"),
                                    now.get("medium"),
                                    now.get("soft"));
                            return now;
                        },
                        now -> !"RUNNING".equals(now.get("state")));
        double wall = (System.nanoTime() - started) / 1e9;
        List<Map<String, Object>> unplaced = list(ended.get("unplaced"));
        Map<String, Long> reasons = new TreeMap<>(unplaced.stream()
                .collect(Collectors.groupingBy(item -> (String) item.get("reason"), Collectors.counting())));

        List<ScheduleCheck.Violation> violations = check(http, organiser, summitId, unplaced);

        LOG.info(
                "Exchanges benchmark ({} cores, time limit {} ms)",
                Runtime.getRuntime().availableProcessors(),
                ended.get("timeLimitMillis"));
        LOG.info(String.format(
                "  run %s: %s of %s placed, %d could not be placed %s",
                ended.get("state"), ended.get("placed"), ended.get("total"), unplaced.size(), reasons));
        LOG.info(
                "  score {}hard/{}medium/{}soft; scheduled {}, rescheduled {}, unscheduled {}",
                ended.get("hard"),
                ended.get("medium"),
                ended.get("soft"),
                ended.get("scheduled"),
                ended.get("rescheduled"),
                ended.get("unscheduled"));
        LOG.info(String.format(
                "  start → done, as the organiser waits (solving, then applying in one transaction): %.1f s", wall));
        LOG.info(
                "  check of the schedule the API returns: {}",
                violations.isEmpty()
                        ? "no rule broken"
                        : violations.size() + " broken: " + violations.subList(0, Math.min(10, violations.size())));
        LOG.info(
                "  Target: every placeable exchange placed, 0 hard conflicts, ≤ 30 s: {}",
                "DONE".equals(ended.get("state")) && violations.isEmpty() && wall <= 30 ? "PASS" : "FAIL");
    }

    /** 200 cities of 5 delegates each, through the cities context as organisers add them. */
    private Map<String, List<UUID>> cities(CitiesService cities) {
        Map<String, List<UUID>> delegations = new HashMap<>();
        for (int c = 0; c < CITIES; c++) {
            String code = String.format("b%03d", c);
            cities.register(
                    new CityCode(code),
                    new CityDetails(
                            LocalizedText.of("城市 " + c, "City " + c),
                            CityKind.CITY,
                            CityRole.GUEST,
                            "NL",
                            "Europe/Amsterdam",
                            null));
            List<UUID> members = new ArrayList<>();
            for (int d = 0; d < DELEGATES_PER_CITY; d++) {
                String name = "Delegate " + c + "-" + d;
                members.add(cities.addDelegate(
                                new CityCode(code),
                                new DelegateProfile(
                                        LocalizedText.of(name, name),
                                        LocalizedText.of("代表", "Delegate"),
                                        List.of("en"),
                                        false,
                                        null,
                                        null,
                                        "d" + c + "-" + d + "@bench.example",
                                        null,
                                        "en"))
                        .id());
            }
            delegations.put(code, members);
        }
        return delegations;
    }

    /** Two days, 1,000 one-hour sessions in 50 rooms with one or two of the delegates speaking, and the blocks. */
    private UUID programme(ApplicationContext context, Map<String, List<UUID>> delegations) {
        Summit summit = context.getBean(SummitService.class)
                .create(new SummitDetails(
                        LocalizedText.of("基準高峰會", "Benchmark summit"),
                        LocalizedText.of("會場", "Venue"),
                        FIRST_DAY,
                        FIRST_DAY.plusDays(1),
                        "Asia/Taipei"));
        AgendaService agenda = context.getBean(AgendaService.class);
        List<UUID> people = delegations.values().stream().flatMap(List::stream).toList();
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() -> agenda.people(summit.id()).size() >= people.size());
        UUID hall =
                agenda.addRoom(summit.id(), room("交流廳", "Exchange hall", 400)).id();
        List<UUID> rooms = new ArrayList<>();
        for (int r = 0; r < SESSION_ROOMS; r++) {
            rooms.add(agenda.addRoom(summit.id(), room("會議室 " + r, "Room " + r, 100))
                    .id());
        }
        for (int day = 0; day < 2; day++) {
            agenda.schedule(
                    summit.id(),
                    session(
                            "城市交流",
                            "City exchanges",
                            SessionType.EXCHANGE_BLOCK,
                            hall,
                            FIRST_DAY.plusDays(day).atTime(9, 0),
                            FIRST_DAY.plusDays(day).atTime(17, 0),
                            List.of()),
                    true);
        }
        for (int s = 0; s < SESSIONS; s++) {
            int day = s / (SESSIONS / 2);
            int hour = 8 + (s % (SESSIONS / 2)) / SESSION_ROOMS;
            LocalDateTime startsAt = FIRST_DAY.plusDays(day).atTime(LocalTime.of(hour, 0));
            Set<UUID> speakers = new LinkedHashSet<>();
            int count = 1 + random.nextInt(2);
            while (speakers.size() < count) {
                speakers.add(people.get(random.nextInt(people.size())));
            }
            agenda.schedule(
                    summit.id(),
                    session(
                            "議程 " + s,
                            "Session " + s,
                            SessionType.PANEL,
                            rooms.get(s % SESSION_ROOMS),
                            startsAt,
                            startsAt.plusHours(1),
                            List.copyOf(speakers)),
                    true);
        }
        return summit.id();
    }

    /** Each block's 30 tables (4 to 10 seats, a third with interpretation), once the exchanges context knows it. */
    private List<UUID> blocks(ApplicationContext context, UUID summitId) {
        ExchangesProgramme programme = context.getBean(ExchangesProgramme.class);
        ExchangesService exchanges = context.getBean(ExchangesService.class);
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() -> programme.blocks(summitId).size() == 2
                        && programme.busySessions(summitId).size() == SESSIONS);
        List<UUID> blocks = new ArrayList<>();
        for (var block : programme.blocks(summitId)) {
            List<BlockSetup.TableSetup> tables = new ArrayList<>();
            for (int t = 0; t < TABLES; t++) {
                tables.add(new BlockSetup.TableSetup(
                        null, LocalizedText.of(t + 1 + " 號桌", "Table " + (t + 1)), 4 + random.nextInt(7), t % 3 == 0));
            }
            exchanges.configureBlock(block.id(), new BlockSetup(30, null, tables), null);
            blocks.add(block.id());
        }
        return blocks;
    }

    /**
     * 2,000 exchanges asked and accepted as delegates do: mostly bilateral, one in ten with a third city, one in five
     * needing interpretation, one to three members a city, some with preferred times.
     */
    private int exchanges(ExchangesService exchanges, Map<String, List<UUID>> delegations) {
        List<String> codes = delegations.keySet().stream().sorted().toList();
        List<PreferredTime> slots = new ArrayList<>();
        for (int day = 0; day < 2; day++) {
            for (int slot = 0; slot < 16; slot++) {
                LocalDateTime startsAt = FIRST_DAY.plusDays(day).atTime(9, 0).plusMinutes(30L * slot);
                slots.add(new PreferredTime(startsAt, startsAt.plusMinutes(30)));
            }
        }
        int agreed = 0;
        for (int e = 0; e < EXCHANGES; e++) {
            String asking = codes.get(random.nextInt(codes.size()));
            List<String> invited = new ArrayList<>();
            int others = random.nextInt(10) == 0 ? 2 : 1;
            while (invited.size() < others) {
                String city = codes.get(random.nextInt(codes.size()));
                if (!city.equals(asking) && !invited.contains(city)) {
                    invited.add(city);
                }
            }
            List<PreferredTime> preferred = random.nextInt(3) == 0
                    ? List.of()
                    : List.of(slots.get(random.nextInt(slots.size())), slots.get(random.nextInt(slots.size())));
            Exchange asked = exchanges.request(
                    new Actor("bench@" + asking, asking),
                    new ExchangeRequest(
                            invited,
                            null,
                            LocalizedText.of("議題 " + e, "Subject " + e),
                            LocalizedText.of("交流", "Exchange"),
                            members(delegations.get(asking)),
                            preferred.stream().distinct().toList(),
                            random.nextInt(5) == 0));
            Exchange answered = asked;
            for (String city : invited) {
                answered =
                        exchanges.accept(new Actor("bench@" + city, city), asked.id(), members(delegations.get(city)));
            }
            if ("AGREED".equals(answered.status().name())) {
                agreed++;
            }
        }
        return agreed;
    }

    private List<String> members(List<UUID> delegation) {
        List<UUID> shuffled = new ArrayList<>(delegation);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, 1 + random.nextInt(3)).stream()
                .map(UUID::toString)
                .toList();
    }

    /**
     * Reads the schedule back as anyone could, over HTTP, and checks it apart from the solver: each agreed exchange
     * with its participants and place, each block's tables and slots, each session's speakers and moderator.
     */
    private List<ScheduleCheck.Violation> check(
            HttpClient http, LoggedIn organiser, UUID summitId, List<Map<String, Object>> unplacedByRun) {
        List<Map<String, Object>> exchanges =
                http.toBlocking().retrieve(organiser.send(HttpRequest.GET("/api/exchanges")), LIST);
        List<Map<String, Object>> blocks = http.toBlocking()
                .retrieve(organiser.send(HttpRequest.GET("/api/exchange-blocks/summit/" + summitId)), LIST);
        Map<String, Object> draft =
                http.toBlocking().retrieve(organiser.send(HttpRequest.GET("/api/agenda/" + summitId + "/draft")), JSON);
        List<Slot> slots = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        for (Map<String, Object> block : blocks) {
            String blockId = (String) block.get("id");
            for (Map<String, Object> slot : maps(block.get("slots"))) {
                slots.add(new Slot(
                        blockId + "/" + slot.get("startsAt"),
                        blockId,
                        LocalDateTime.parse((String) slot.get("startsAt")),
                        LocalDateTime.parse((String) slot.get("endsAt"))));
            }
            for (Map<String, Object> table : maps(block.get("tables"))) {
                tables.add(new Table(
                        (String) table.get("id"), blockId, ((Number) table.get("capacity")).intValue(), (Boolean)
                                table.get("interpretation")));
            }
        }
        List<Busy> busy = new ArrayList<>();
        for (Map<String, Object> session : maps(draft.get("sessions"))) {
            if ("EXCHANGE_BLOCK".equals(session.get("type"))) {
                continue;
            }
            List<String> people = new ArrayList<>(list(session.get("speakerIds")).stream()
                    .map(String::valueOf)
                    .toList());
            if (session.get("moderatorId") != null) {
                people.add((String) session.get("moderatorId"));
            }
            for (String person : people) {
                busy.add(new Busy(
                        person,
                        LocalDateTime.parse((String) session.get("startsAt")),
                        LocalDateTime.parse((String) session.get("endsAt")),
                        (String) session.get("id")));
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        Map<String, Placement> placements = new HashMap<>();
        for (Map<String, Object> exchange : exchanges) {
            if (!"agreed".equals(exchange.get("status"))) {
                continue;
            }
            String id = (String) exchange.get("id");
            Set<String> participants = new LinkedHashSet<>();
            for (Map<String, Object> party : maps(exchange.get("cities"))) {
                if (Boolean.TRUE.equals(party.get("requesting")) || "accepted".equals(party.get("answer"))) {
                    list(party.get("members"))
                            .forEach(member -> participants.add((String) ((Map<?, ?>) member).get("id")));
                }
            }
            meetings.add(
                    new Meeting(id, participants, (Boolean) exchange.get("interpretation"), List.of(), null, null));
            if (exchange.get("placement") instanceof Map<?, ?> placement) {
                placements.put(id, new Placement(placement.get("blockId") + "/" + placement.get("startsAt"), (String)
                        placement.get("tableId")));
            }
        }
        List<Unplaced> unplaced = unplacedByRun.stream()
                .map(item -> new Unplaced((String) item.get("exchangeId"), (String) item.get("reason")))
                .filter(item -> !placements.containsKey(item.meetingId()))
                .toList();
        return ScheduleCheck.check(
                new SchedulingProblem(meetings, slots, tables, busy),
                new SchedulingResult(placements, unplaced, 0, 0, 0, Duration.ZERO, false));
    }

    private static List<Map<String, Object>> maps(Object value) {
        return list(value);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    private static RoomDetails room(String zhHant, String en, int capacity) {
        return new RoomDetails(LocalizedText.of(zhHant, en), capacity, false, null, null);
    }

    private static SessionDetails session(
            String zhHant,
            String en,
            SessionType type,
            UUID room,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            List<UUID> speakers) {
        return new SessionDetails(
                LocalizedText.of(zhHant, en), null, type, "en", null, room, startsAt, endsAt, speakers, null);
    }
}
