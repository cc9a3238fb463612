package org.summit.api.agenda;

import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.AgendaService;
import org.summit.api.accounts.LoggedIn;
import org.summit.api.ui.HeadlessChromium;
import org.summit.cities.DelegationFiles;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The agenda's figures from issue 11, on this machine: the application with its HTTP server, H2 in file mode and a real
 * Kafka broker in one JVM, as in the embedded default, with a programme of 1,000 sessions over 3 days in 20 rooms and
 * 2,000 delegates. Run it with {@code bin/benchmark agenda}; it prints a table and exits. It is not a test and sets no
 * time limit, but every answer it times is checked (status, size, the release it names), so that a figure is never
 * taken from a failed request.
 *
 * <p>Set up over the HTTP API as organisers do it: the summit, the delegation CSV, rooms, tracks, every session (each
 * one checked against the whole draft as it is added), the release. The only shortcut: the delegates' ids are read
 * from the agenda's own directory bean (it learns them from the cities events over Kafka) instead of paging through
 * the cities API.
 *
 * <p>What it measures:
 *
 * <ol>
 *   <li>the published agenda (JSON) against static files with the same bytes, served by the same application: as the
 *       UI's own files are served (HashedAssets: kept in memory with a {@code .gz} beside it, before the security
 *       filter; a folder added to the class path for this run only) and as a plain static resource from disk (an
 *       extra static-resources mapping to a temporary folder, compressed per request). The same load generator for
 *       each: a fixed number of keep-alive connections, each its own {@link HttpClient} sending the next request when
 *       the answer is in (closed loop), latencies in an HdrHistogram; with a browser's {@code Accept-Encoding}
 *       ({@code gzip, deflate, br, zstd}) and without one; the targets measured in turn, two rounds; and an
 *       {@code If-None-Match} with the release's ETag (304);
 *   <li>moves of sessions (each to a free slot and back): {@code POST …/sessions/{id}/move} timed by the client, and
 *       {@link AgendaService#move} (the move's check and its storing, without HTTP) timed in the application's JVM;
 *       and the whole-draft check that publishing and {@code GET …/conflicts} run ({@link AgendaService#conflicts});
 *   <li>publishing a release of 1,000 sessions ({@code POST …/releases}, the whole request);
 *   <li>from publishing to an open {@code /agenda} page in headless Chromium showing the new release number in its
 *       {@code agenda-update} banner (needs the live updates; "not available" without them);
 *   <li>{@code /agenda} in Chromium: from navigation start to the 1,000 sessions in the DOM, and to the next frame;
 *   <li>the first load of {@code /agenda} with an empty browser cache, and a second one with a warm cache: bytes
 *       transferred and time until the programme is shown (Resource Timing and Navigation Timing).
 * </ol>
 */
public final class AgendaBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(AgendaBenchmark.class);

    private static final int DELEGATES = 2_000;
    private static final int ROOMS = 20;
    private static final int TRACKS = 4;
    private static final int SESSIONS = 1_000;
    private static final int SLOTS_PER_DAY = 17;
    private static final LocalDate FIRST_DAY = LocalDate.of(2030, 5, 20);
    private static final List<String> TYPES = List.of("KEYNOTE", "PANEL", "FORUM", "CITY_SHARING", "EXCHANGE_BLOCK");

    private static final int CONNECTIONS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURE = Duration.ofSeconds(5);
    private static final int ROUNDS = 2;
    private static final int MOVES = 200;
    private static final int RUNS = 5;
    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

    /** Session elements of the programme page: the list's items, or the grid's cells once it has one. */
    private static final String SESSION_SELECTOR = "[data-testid^='programme-session-'],[data-testid='agenda-session']";

    private final io.micronaut.http.client.HttpClient http;
    private final LoggedIn organiser;
    private final AgendaService agenda;
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, Slot> slots = new HashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private String summitId;
    private int release;
    private boolean shuttleAway;
    private final String loadAtStart = loadAverage();

    private AgendaBenchmark(io.micronaut.http.client.HttpClient http, LoggedIn organiser, AgendaService agenda) {
        this.http = http;
        this.organiser = organiser;
        this.agenda = agenda;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("summit-agenda-benchmark-");
        Path staticDir = Files.createDirectories(dataDir.resolve("static"));
        // A folder on the application's class path, where HashedAssets finds classpath:public/assets/….
        Path classPath = dataDir.resolve("classpath");
        Path assetsDir = Files.createDirectories(classPath.resolve("public").resolve("assets"));
        ClassLoader withAssets = new java.net.URLClassLoader(
                new java.net.URL[] {classPath.toUri().toURL()}, AgendaBenchmark.class.getClassLoader());
        try (TestKafkaBroker.Restartable broker = TestKafkaBroker.startOwn();
                ApplicationContext context = ApplicationContext.builder(withAssets)
                        .environments("test", "api")
                        .properties(broker.applicationProperties())
                        .properties(Map.of(
                                "datasources.default.url",
                                "jdbc:h2:file:" + dataDir.resolve("db/summit")
                                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                                "micronaut.server.port",
                                -1,
                                // One line per event applied (2,000 delegates, 1,000 sessions) would bury the table.
                                "logger.levels.org.summit.agenda.AgendaDirectory",
                                "WARN",
                                "logger.levels.org.summit.notifications",
                                "WARN",
                                "logger.levels.org.summit.ceremony",
                                "WARN",
                                // The static file the agenda is compared with: served like the UI's files, to anyone.
                                "micronaut.router.static-resources.benchmark.paths",
                                "file:" + staticDir,
                                "micronaut.router.static-resources.benchmark.mapping",
                                "/benchmark-static/**",
                                "micronaut.security.intercept-url-map[6].pattern",
                                "/benchmark-static/**",
                                "micronaut.security.intercept-url-map[6].http-method",
                                "GET",
                                "micronaut.security.intercept-url-map[6].access[0]",
                                "isAnonymous()"))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            DefaultHttpClientConfiguration slowMachine = new DefaultHttpClientConfiguration();
            // The import of 2,000 delegates takes seconds, more on a machine busy with builds.
            slowMachine.setReadTimeout(Duration.ofMinutes(2));
            try (io.micronaut.http.client.HttpClient http =
                    io.micronaut.http.client.HttpClient.create(server.getURL(), slowMachine)) {
                LoggedIn organiser = LoggedIn.as(context.getBean(AccountService.class), http, Role.ORGANISER, null);
                AgendaBenchmark benchmark = new AgendaBenchmark(http, organiser, context.getBean(AgendaService.class));
                benchmark.setUp(context.getBean(AgendaDirectory.class));
                benchmark.serving(server.getURI(), staticDir, assetsDir);
                benchmark.moves();
                benchmark.publishing();
                benchmark.inTheBrowser(server.getURI());
                benchmark.print();
            }
        }
    }

    // Setting up: 2,000 delegates, a summit of 3 days, 20 rooms, 4 tracks, 1,000 sessions, release 1.

    /** Where a session is: its room and its slot (0-16 each day, 35 minutes apart from 08:30). */
    private record Slot(String roomId, int day, int slot) {

        LocalDateTime startsAt() {
            return FIRST_DAY.plusDays(day).atTime(LocalTime.of(8, 30).plusMinutes(35L * slot));
        }

        LocalDateTime endsAt() {
            return startsAt().plusMinutes(30);
        }
    }

    private void setUp(AgendaDirectory directory) {
        long start = System.nanoTime();
        Map<String, Object> summit = post(
                "/api/summits",
                Map.of(
                        "name",
                        Map.of("zh-Hant", "基準測試高峰會", "en", "Benchmark Summit"),
                        "venue",
                        Map.of("zh-Hant", "臺北南港展覽館", "en", "Taipei Nangang Exhibition Center"),
                        "startsOn",
                        FIRST_DAY.toString(),
                        "endsOn",
                        FIRST_DAY.plusDays(2).toString(),
                        "timeZone",
                        "Asia/Taipei"));
        summitId = (String) summit.get("id");
        String prefix = "agenda-bench";
        http.toBlocking()
                .exchange(organiser.send(HttpRequest.POST(
                                "/api/cities/import", DelegationFiles.bytes(DelegationFiles.lines(prefix, DELEGATES)))
                        .contentType(MediaType.of("text/csv"))));
        // The agenda learns the delegates from the cities events, over the broker.
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> directory.all().size() >= DELEGATES);
        Map<String, String> byEmail = new HashMap<>();
        for (AgendaDelegate delegate : directory.all()) {
            byEmail.put(delegate.email(), delegate.id().toString());
        }
        List<String> delegates = new ArrayList<>();
        for (int i = 0; i < DELEGATES; i++) {
            delegates.add(byEmail.get(prefix + ".delegate" + i + "@example.org"));
        }
        LOG.info(String.format(
                "Set up: summit and %,d delegates (CSV import, learnt over Kafka) in %.1f s",
                DELEGATES, seconds(start)));

        String base = "/api/agenda/" + summitId;
        List<String> rooms = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            rooms.add((String) post(
                            base + "/rooms",
                            Map.of(
                                    "name",
                                    Map.of("zh-Hant", (101 + r) + " 室", "en", "Room " + (101 + r)),
                                    "capacity",
                                    100 + 20 * r,
                                    "interpretation",
                                    true,
                                    "opensAt",
                                    "08:00",
                                    "closesAt",
                                    "19:00"))
                    .get("id"));
        }
        List<String> tracks = new ArrayList<>();
        List<String> trackNames =
                List.of("Smart-city industry development", "Smart-city governance", "Open data", "Mobility");
        List<String> trackNamesZh = List.of("智慧城市產業發展", "智慧城市治理", "開放資料", "交通");
        for (int t = 0; t < TRACKS; t++) {
            tracks.add((String) post(
                            base + "/tracks",
                            Map.of("name", Map.of("zh-Hant", trackNamesZh.get(t), "en", trackNames.get(t))))
                    .get("id"));
        }
        long sessionsStart = System.nanoTime();
        // Session i is in room i % 20 at slot i / 20; its speakers are delegates 2i and 2i+1 (each speaks once) and
        // its moderator delegate 2i+200, who speaks 5 slots later: no room and no person is ever booked twice.
        for (int i = 0; i < SESSIONS; i++) {
            int slot = i / ROOMS;
            Slot where = new Slot(rooms.get(i % ROOMS), slot / SLOTS_PER_DAY, slot % SLOTS_PER_DAY);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "title",
                    Map.of("zh-Hant", "第 " + i + " 場：城市如何共享資料", "en", "Session " + i + ": how cities share data"));
            body.put(
                    "summary",
                    Map.of(
                            "zh-Hant",
                            "市長與專家討論城市如何開放交通、能源與公共服務的資料，讓市民與企業一起打造更好的城市。",
                            "en",
                            "Mayors and experts discuss how cities open their transport, energy and public-service"
                                    + " data, so that residents and companies can build a better city together."));
            body.put("type", TYPES.get(i % TYPES.size()));
            body.put("language", i % 3 == 0 ? "zh-Hant" : "en");
            body.put("trackId", tracks.get(i % TRACKS));
            body.put("roomId", where.roomId());
            body.put("startsAt", where.startsAt().toString());
            body.put("endsAt", where.endsAt().toString());
            body.put("speakerIds", List.of(delegates.get(2 * i), delegates.get(2 * i + 1)));
            body.put("moderatorId", delegates.get((2 * i + 200) % DELEGATES));
            Map<String, Object> session = post(base + "/sessions", body);
            if (!((List<?>) session.get("conflicts")).isEmpty()) {
                throw new IllegalStateException("Session " + i + " has conflicts: " + session);
            }
            String id = (String) session.get("id");
            versions.put(id, ((Number) session.get("version")).longValue());
            slots.put(id, where);
        }
        LOG.info(String.format(
                "Set up: %d rooms, %d tracks, %,d sessions over HTTP in %.1f s",
                ROOMS, TRACKS, SESSIONS, seconds(sessionsStart)));
        publish();
        LOG.info(String.format("Set up in %.1f s", seconds(start)));
    }

    // 1. Serving the published agenda, beside a static file of the same bytes.

    private void serving(URI server, Path staticDir, Path assetsDir) throws Exception {
        URI agendaUri = server.resolve("/api/summits/" + summitId + "/agenda");
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> first = client.send(
                java.net.http.HttpRequest.newBuilder(agendaUri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        if (first.statusCode() != 200 || !etag.equals("\"" + summitId + "-r" + release + "\"")) {
            throw new IllegalStateException("The agenda did not answer release " + release + ": " + first);
        }
        // The same bytes twice: as the UI's own files are served (HashedAssets: read once, kept in memory, with the
        // gzip the build wrote beside it, here at the level the agenda uses) and as a plain static resource on disk.
        Files.write(assetsDir.resolve("agenda-benchmark.json"), first.body());
        Files.write(assetsDir.resolve("agenda-benchmark.json.gz"), gzip(first.body()));
        Files.write(staticDir.resolve("agenda.json"), first.body());
        Map<String, URI> targets = new LinkedHashMap<>();
        targets.put("agenda", agendaUri);
        targets.put("static, in memory + .gz (as /assets/)", server.resolve("/assets/agenda-benchmark.json"));
        targets.put("static, from disk (static-resources)", server.resolve("/benchmark-static/agenda.json"));
        for (URI uri : targets.values()) {
            HttpResponse<byte[]> copy = client.send(
                    java.net.http.HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (copy.statusCode() != 200 || !java.util.Arrays.equals(copy.body(), first.body())) {
                throw new IllegalStateException(uri + " does not serve the agenda's bytes: " + copy);
            }
        }
        LOG.info(String.format(
                "Serving: the agenda (release %d) is %,d bytes of JSON; %d keep-alive connections, %d s warm-up,"
                        + " %d rounds of %d s",
                release, first.body().length, CONNECTIONS, WARM_UP.toSeconds(), ROUNDS, MEASURE.toSeconds()));
        for (String encoding : new String[] {BROWSER_ENCODINGS, null}) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/json");
            if (encoding != null) {
                headers.put("Accept-Encoding", encoding);
            }
            String how = encoding == null ? "no Accept-Encoding" : "Accept-Encoding: " + encoding;
            Map<String, List<Load.Result>> rounds = new LinkedHashMap<>();
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                Load.run(target.getValue(), headers, 200, WARM_UP);
                rounds.put(target.getKey(), new ArrayList<>());
            }
            // Side by side: each round measures every target in turn.
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, URI> target : targets.entrySet()) {
                    rounds.get(target.getKey()).add(Load.run(target.getValue(), headers, 200, MEASURE));
                }
            }
            LOG.info("With " + how + ":");
            List<Load.Result> agendaRounds = rounds.get("agenda");
            for (Map.Entry<String, List<Load.Result>> target : rounds.entrySet()) {
                Load.Result all = Load.Result.merged(target.getValue());
                row("GET " + target.getKey() + ", " + (encoding == null ? "identity" : "gzip accepted"), all.summary());
                if (target.getValue() != agendaRounds) {
                    List<String> ratios = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        ratios.add(String.format(
                                "%.2f",
                                agendaRounds.get(round).perSecond()
                                        / target.getValue().get(round).perSecond()));
                    }
                    row(
                            "    agenda / this, requests/s",
                            String.format(
                                    "%.2fx (rounds: %s)",
                                    Load.Result.merged(agendaRounds).perSecond() / all.perSecond(),
                                    String.join(", ", ratios)));
                }
            }
        }
        Map<String, String> revalidate = new LinkedHashMap<>();
        revalidate.put("Accept", "application/json");
        revalidate.put("Accept-Encoding", BROWSER_ENCODINGS);
        revalidate.put("If-None-Match", etag);
        Load.run(agendaUri, revalidate, 304, WARM_UP);
        row(
                "GET agenda, If-None-Match: its ETag -> 304",
                Load.run(agendaUri, revalidate, 304, MEASURE).summary());
    }

    private static byte[] gzip(byte[] body) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    /**
     * A closed-loop load generator: {@link #CONNECTIONS} threads, each with a client of its own and so one keep-alive
     * connection, each sending the next request as soon as the answer is in. Latencies in microseconds.
     */
    private static final class Load {

        /** What a run measured: requests, time, latencies, the answers' sizes and encodings. */
        record Result(long requests, double seconds, Histogram latencies, Set<Long> sizes, Set<String> encodings) {

            double perSecond() {
                return requests / seconds;
            }

            static Result merged(List<Result> results) {
                Histogram all = new Histogram(3);
                long requests = 0;
                double seconds = 0;
                Set<Long> sizes = new TreeSet<>();
                Set<String> encodings = new TreeSet<>();
                for (Result result : results) {
                    all.add(result.latencies());
                    requests += result.requests();
                    seconds += result.seconds();
                    sizes.addAll(result.sizes());
                    encodings.addAll(result.encodings());
                }
                return new Result(requests, seconds, all, sizes, encodings);
            }

            String summary() {
                return String.format(
                        "%,.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms (%,d requests; %s bytes, %s)",
                        perSecond(),
                        latencies.getValueAtPercentile(50) / 1000.0,
                        latencies.getValueAtPercentile(99) / 1000.0,
                        latencies.getMaxValue() / 1000.0,
                        requests,
                        String.join(
                                "/",
                                sizes.stream()
                                        .map(size -> String.format("%,d", size))
                                        .toList()),
                        String.join("/", encodings));
            }
        }

        static Result run(URI uri, Map<String, String> headers, int status, Duration duration) throws Exception {
            java.net.http.HttpRequest.Builder builder =
                    java.net.http.HttpRequest.newBuilder(uri).GET();
            headers.forEach(builder::header);
            java.net.http.HttpRequest request = builder.build();
            long startAt = System.nanoTime() + 200_000_000L;
            long endAt = startAt + duration.toNanos();
            List<Histogram> histograms = Collections.synchronizedList(new ArrayList<>());
            Set<Long> sizes = ConcurrentHashMap.newKeySet();
            Set<String> encodings = ConcurrentHashMap.newKeySet();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                Thread thread = new Thread(
                        () -> {
                            HttpClient client = HttpClient.newBuilder()
                                    .version(HttpClient.Version.HTTP_1_1)
                                    .build();
                            Histogram histogram = new Histogram(60_000_000L, 3);
                            try {
                                // The connection is opened before the clock starts.
                                client.send(request, counting());
                                while (System.nanoTime() < startAt) {
                                    Thread.onSpinWait();
                                }
                                while (true) {
                                    long sent = System.nanoTime();
                                    if (sent >= endAt) {
                                        break;
                                    }
                                    HttpResponse<Long> response = client.send(request, counting());
                                    long received = System.nanoTime();
                                    if (response.statusCode() != status) {
                                        throw new IllegalStateException(
                                                uri + " answered " + response.statusCode() + ", not " + status);
                                    }
                                    if (received <= endAt) {
                                        histogram.recordValue((received - sent) / 1_000);
                                        sizes.add(response.body());
                                        encodings.add(response.headers()
                                                .firstValue("Content-Encoding")
                                                .orElse("identity"));
                                    }
                                }
                            } catch (Exception e) {
                                failure.compareAndSet(null, e);
                            }
                            histograms.add(histogram);
                        },
                        "load-" + c);
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            if (failure.get() != null) {
                throw new IllegalStateException("A request failed: the figures would not mean anything", failure.get());
            }
            Histogram all = new Histogram(60_000_000L, 3);
            histograms.forEach(all::add);
            if (sizes.size() > 1) {
                throw new IllegalStateException(uri + " answered bodies of different sizes: " + sizes);
            }
            return new Result(all.getTotalCount(), duration.toNanos() / 1e9, all, sizes, encodings);
        }

        /** Counts the body's bytes and keeps none of them. */
        private static HttpResponse.BodyHandler<Long> counting() {
            return info -> BodySubscribers.fromSubscriber(new Counter(), Counter::count);
        }

        private static final class Counter implements Flow.Subscriber<List<ByteBuffer>> {
            private long count;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                buffers.forEach(buffer -> count += buffer.remaining());
            }

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}

            long count() {
                return count;
            }
        }
    }

    // 2. Moves and the conflict check.

    private void moves() {
        List<String> ids = new ArrayList<>(slots.keySet());
        Collections.sort(ids);
        UUID summit = UUID.fromString(summitId);
        List<Double> requests = new ArrayList<>();
        List<Double> services = new ArrayList<>();
        // Session A to the free slot of its room and back over HTTP, then session B the same way through the service.
        for (int m = 0; m < MOVES; m += 2) {
            for (boolean away : new boolean[] {true, false}) {
                long start = System.nanoTime();
                move(ids.get(m / 2), away);
                requests.add(millis(start));
            }
            String id = ids.get(MOVES / 2 + m / 2);
            for (boolean away : new boolean[] {true, false}) {
                Slot to = away ? away(slots.get(id)) : slots.get(id);
                long start = System.nanoTime();
                AgendaService.SessionChange moved = agenda.move(
                        summit,
                        UUID.fromString(id),
                        versions.get(id),
                        UUID.fromString(to.roomId()),
                        to.startsAt(),
                        to.endsAt(),
                        false);
                services.add(millis(start));
                if (!moved.conflicts().isEmpty() || !moved.session().startsAt().equals(to.startsAt())) {
                    throw new IllegalStateException("The move did not do what was measured: " + moved);
                }
                versions.put(id, moved.session().version());
            }
        }
        List<Double> checks = new ArrayList<>();
        for (int c = 0; c < MOVES / 4; c++) {
            long start = System.nanoTime();
            if (!agenda.conflicts(summit).isEmpty()) {
                throw new IllegalStateException("The draft has conflicts: the moves were not what was measured");
            }
            checks.add(millis(start));
        }
        row("move: the whole request (POST .../move, organiser's cookie)", percentiles(requests));
        row("move: the service's move, checked and stored (in the JVM)", percentiles(services));
        row("every conflict of the draft (GET .../conflicts' check, in the JVM)", percentiles(checks));
    }

    /** The free slot a session is moved to: the last of the third day, in its own room. */
    private static Slot away(Slot home) {
        return new Slot(home.roomId(), 2, SLOTS_PER_DAY - 1);
    }

    /** Moves a session to the free last slot of the third day in its room, or back where it was. */
    private void move(String id, boolean away) {
        Slot home = slots.get(id);
        Slot to = away ? away(home) : home;
        Map<String, Object> moved = post(
                "/api/agenda/" + summitId + "/sessions/" + id + "/move",
                Map.of(
                        "roomId",
                        to.roomId(),
                        "startsAt",
                        to.startsAt().toString(),
                        "endsAt",
                        to.endsAt().toString(),
                        "version",
                        versions.get(id)));
        if (!((List<?>) moved.get("conflicts")).isEmpty()
                || !moved.get("startsAt")
                        .toString()
                        .startsWith(to.startsAt().toString().substring(0, 16))) {
            throw new IllegalStateException("The move did not do what was measured: " + moved);
        }
        versions.put(id, ((Number) moved.get("version")).longValue());
    }

    // 3. Publishing.

    /** Moves one session to the free slot or back, so that there is something to publish. */
    private void shuttle() {
        String id = slots.keySet().stream().sorted().toList().get(SESSIONS - 1);
        shuttleAway = !shuttleAway;
        move(id, shuttleAway);
    }

    private void publishing() {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            shuttle();
            times.add(publish());
        }
        row("publish a release of 1,000 sessions (POST .../releases)", percentiles(times));
    }

    /** Publishes the draft as the next release and checks the public agenda serves it with its new ETag at once. */
    private double publish() {
        long start = System.nanoTime();
        Map<String, Object> published = post("/api/agenda/" + summitId + "/releases", Map.of());
        double took = millis(start);
        int number = ((Number) published.get("release")).intValue();
        if (number != release + 1 || ((List<?>) published.get("sessions")).size() != SESSIONS) {
            throw new IllegalStateException("Publishing made release " + number + ", not " + (release + 1));
        }
        release = number;
        var served = http.toBlocking().exchange(HttpRequest.GET("/api/summits/" + summitId + "/agenda"), String.class);
        if (!("\"" + summitId + "-r" + release + "\"").equals(served.header("ETag"))
                || !served.body().contains("\"release\":" + release + ",")) {
            throw new IllegalStateException("The public agenda did not serve release " + release + " at once");
        }
        return took;
    }

    // 4-6. In the browser.

    /** Records in the page when the session elements appear and when the update banner names a release. */
    private static final String OBSERVER = """
            window.__bench = {max: 0, maxAt: null, paintedAt: null, want: null, bannerAt: null};
            const observe = () => {
              const b = window.__bench;
              const n = document.querySelectorAll("%s").length;
              if (n > b.max) {
                b.max = n; b.maxAt = performance.now(); b.paintedAt = null;
                requestAnimationFrame(() => { b.paintedAt = performance.now(); });
              }
              if (b.want !== null && b.bannerAt === null) {
                const banner = document.querySelector("[data-testid='agenda-update']");
                if (banner && new RegExp('\\\\b' + b.want + '\\\\b').test(banner.textContent)) {
                  b.bannerAt = performance.timeOrigin + performance.now();
                }
              }
            };
            new MutationObserver(observe).observe(document, {childList: true, subtree: true, characterData: true});
            """.formatted(SESSION_SELECTOR);

    private void inTheBrowser(URI server) {
        try (HeadlessChromium chromium = HeadlessChromium.start(server, 1366, 900)) {
            ChromeDriver chrome = (ChromeDriver) chromium.browser;
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
            chrome.executeCdpCommand("Network.enable", Map.of());

            // 6. The first load with an empty cache, then a second visit.
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            Map<String, Object> cold = load(chromium, "/agenda");
            Map<String, Object> warm = load(chromium, "/agenda");
            row("/agenda first load, empty cache", pageLoad(cold));
            row("/agenda second visit, warm cache", pageLoad(warm));
            LOG.info("First load's files: " + cold.get("files"));
            LOG.info("Second visit's files: " + warm.get("files"));

            // 5. The programme of 1,000 sessions rendered, 5 navigations (warm cache).
            List<Double> inDom = new ArrayList<>();
            List<Double> painted = new ArrayList<>();
            List<Double> json = new ArrayList<>();
            long elements = 0;
            for (int run = 0; run < RUNS; run++) {
                Map<String, Object> page = load(chromium, "/agenda");
                inDom.add(((Number) page.get("maxAt")).doubleValue());
                painted.add(((Number) page.get("paintedAt")).doubleValue());
                json.add(((Number) page.get("jsonAt")).doubleValue());
                elements = ((Number) page.get("max")).longValue();
            }
            row("/agenda: navigation to the " + elements + " session elements in the DOM", percentiles(inDom));
            row("/agenda: navigation to the next frame after them", percentiles(painted));
            row("  of which: navigation to the agenda's JSON received", percentiles(json));

            // 5b. The day grid (rooms across, time down) of the first day, 5 navigations (warm cache).
            List<Double> gridInDom = new ArrayList<>();
            List<Double> gridPainted = new ArrayList<>();
            long gridElements = 0;
            for (int run = 0; run < RUNS; run++) {
                Map<String, Object> page = load(chromium, "/agenda?view=grid&day=" + FIRST_DAY);
                gridInDom.add(((Number) page.get("maxAt")).doubleValue());
                gridPainted.add(((Number) page.get("paintedAt")).doubleValue());
                gridElements = ((Number) page.get("max")).longValue();
            }
            row(
                    "/agenda day grid: navigation to its " + gridElements + " sessions (20 rooms) in the DOM",
                    percentiles(gridInDom));
            row("/agenda day grid: navigation to the next frame after them", percentiles(gridPainted));

            // 4. From publishing to the open page showing the new release.
            liveUpdate(chromium, server);
        }
    }

    /** Opens /agenda and waits for every session to be in the DOM; what the page measured, and its files. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(HeadlessChromium chromium, String path) {
        chromium.browser.get(chromium.url(path));
        JavascriptExecutor page = (JavascriptExecutor) chromium.browser;
        // Every session, or (a page that shows one day at a time) as many as came, with none more for 3 s.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> Boolean.TRUE.equals(page.executeScript(
                        "const b = window.__bench; return !!b && b.max > 0 && b.paintedAt !== null"
                                + " && (b.max >= arguments[0] || performance.now() - b.maxAt > 3000)",
                        SESSIONS)));
        return (Map<String, Object>) page.executeScript("""
                const b = window.__bench;
                const navigation = performance.getEntriesByType('navigation')[0];
                const entries = [navigation, ...performance.getEntriesByType('resource')];
                const sum = (key) => entries.reduce((total, entry) => total + (entry[key] || 0), 0);
                return {
                  max: b.max, maxAt: b.maxAt, paintedAt: b.paintedAt,
                  transfer: sum('transferSize'), encoded: sum('encodedBodySize'), decoded: sum('decodedBodySize'),
                  count: entries.length,
                  jsonAt: entries.filter((entry) => new URL(entry.name).pathname.match(/^.api.summits.[^/]+.agenda$/))
                      .map((entry) => entry.responseEnd)[0],
                  fromNetwork: entries.filter((entry) => entry.transferSize > 0).length,
                  files: entries.map((entry) => new URL(entry.name).pathname + ' ' + entry.transferSize + '/'
                      + entry.encodedBodySize + '/' + entry.decodedBodySize + ' B').join(', ')
                };
                """);
    }

    private static String pageLoad(Map<String, Object> page) {
        return String.format(
                "%,d bytes transferred (bodies %,d encoded, %,d decoded), %d of %d files over the network;"
                        + " programme shown after %.0f ms (its JSON in after %.0f ms)",
                ((Number) page.get("transfer")).longValue(),
                ((Number) page.get("encoded")).longValue(),
                ((Number) page.get("decoded")).longValue(),
                ((Number) page.get("fromNetwork")).longValue(),
                ((Number) page.get("count")).longValue(),
                ((Number) page.get("paintedAt")).doubleValue(),
                ((Number) page.get("jsonAt")).doubleValue());
    }

    private void liveUpdate(HeadlessChromium chromium, URI server) {
        String label = "publish -> the open /agenda page shows the new release";
        int live;
        try {
            // The status only: the stream stays open, so its body is closed unread (waiting for its end would wait
            // for ever).
            HttpResponse<java.io.InputStream> answer = HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            server.resolve("/api/summits/" + summitId + "/agenda/live"))
                                    .timeout(Duration.ofSeconds(5))
                                    .header("Accept", "text/event-stream")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            live = answer.statusCode();
            answer.body().close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (live == 404) {
            row(label, "not available: GET .../agenda/live answers 404 (no live updates on this build)");
            return;
        }
        JavascriptExecutor page = (JavascriptExecutor) chromium.browser;
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            load(chromium, "/agenda");
            shuttle();
            page.executeScript("window.__bench.want = arguments[0]; window.__bench.bannerAt = null;", release + 1);
            double publishedAt = System.currentTimeMillis();
            publish();
            try {
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> page.executeScript("return window.__bench.bannerAt") != null);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                row(
                        label,
                        "not available: no agenda-update banner naming release " + release
                                + " within 10 s (GET .../agenda/live answered " + live + ")");
                return;
            }
            times.add(((Number) page.executeScript("return window.__bench.bannerAt")).doubleValue() - publishedAt);
        }
        row(label, percentiles(times));
    }

    // Helpers

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String path, Map<String, ?> body) {
        try {
            return http.toBlocking().retrieve(organiser.send(HttpRequest.POST(path, body)), Map.class);
        } catch (HttpClientResponseException e) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + e.code() + ": "
                            + e.getResponse().getBody(String.class),
                    e);
        }
    }

    private void row(String what, String figure) {
        table.add(new String[] {what, figure});
        LOG.info(String.format("  %-62s %s", what, figure));
    }

    private void print() {
        StringBuilder out = new StringBuilder(String.format(
                "%nAgenda benchmark: %,d sessions over 3 days in %d rooms, %,d delegates; %d runs where counted"
                        + " (median, min-max); load average %s at the start, %s at the end%n",
                SESSIONS, ROOMS, DELEGATES, RUNS, loadAtStart, loadAverage()));
        for (String[] line : table) {
            out.append(String.format("  %-62s %s%n", line[0], line[1]));
        }
        LOG.info("{}", out);
    }

    /** The machine's 1-minute load average: other work on the 2 cores moves every figure. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String percentiles(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.size() <= RUNS) {
            return String.format(
                    "%.0f ms (%.0f-%.0f)", sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
        return String.format(
                "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d)",
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
