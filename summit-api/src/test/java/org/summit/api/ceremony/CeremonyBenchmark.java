package org.summit.api.ceremony;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningRoll;
import org.summit.cities.CitiesService;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The signing ceremony's figures from issue 12, on this machine: the application with its HTTP server, H2 in file mode
 * and a real Kafka broker in one JVM, as in the embedded default, and the 20 tablets and 10 big screens in a second
 * JVM ({@link CeremonyBenchmarkClients}), talking to it over WebSockets as the browsers do. Run it with
 * {@code bin/benchmark ceremony}; it prints a table and exits. It is not a test: the targets are printed with PASS or
 * FAIL beside the figures, and nothing fails the build.
 *
 * <p>Set up as organisers and staff do it: 20 cities with a designated signatory (through the cities context, as
 * {@link SigningCities} does), then per ceremony: created with the 2016 declaration (through
 * {@link CeremonyService#create}: there is no HTTP route for it), and over HTTP as staff: prepared, 20 tablets and 10
 * screens paired with pairing codes, opened for everyone. A first ceremony of 60 s ({@code
 * -Dsummit.benchmark.warm-up-seconds}) warms both JVMs' JIT up (the clients' JVM stays for the second) and is reported
 * as "cold": a freshly started JVM cannot keep up with 600 batches a second on this machine for its first half minute.
 * Then, on a second ceremony:
 *
 * <ol>
 *   <li>plain Kafka produce-to-consume latency on the same broker: a producer with {@code acks=all} and {@code
 *       linger.ms=0}, as the stroke producer, and a consumer on a topic of their own, records of 200 bytes; 5,000 at
 *       the tablets' rate (600 a second) before the signing, alone, and again during the signing, spread over it (the
 *       2 cores and the broker then as busy for it as for the strokes);
 *   <li>stroke-to-screen latency: each tablet draws 60 points a second in batches of 2, 30 a second, for 60 s
 *       ({@code -Dsummit.benchmark.signing-seconds}); every batch is timed from the tablet's send to its arrival on
 *       each of the 10 screens, with p50/p99 per 10 s of sending (the first 10 s, {@link #SETTLE_SECONDS}, on their
 *       own line, not in the figures compared with plain Kafka's); counted: lost (acknowledged to its tablet, never on
 *       some screen) and doubled (on a screen twice); and the tablet's send to its acknowledgement;
 *   <li>every signatory confirms from their tablet, then the seal of the 20 signatures ({@code POST …/seal}, which
 *       also renders the sealed PDF) and the download of {@code sealed.pdf}.
 * </ol>
 */
public final class CeremonyBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonyBenchmark.class);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    static final int TABLETS = Integer.getInteger("summit.benchmark.tablets", 20);
    static final int SCREENS = 10;
    static final int SIGNING_SECONDS = Integer.getInteger("summit.benchmark.signing-seconds", 60);
    static final int WARM_UP_SECONDS = Integer.getInteger("summit.benchmark.warm-up-seconds", 60);

    /**
     * The measured signing's first seconds, drawn and checked for lost and doubled batches but not in its latency
     * figures: the probe of plain Kafka beside it measures from about then (it starts 5 s in, after the clients, and
     * its first 500 records, 6 s at its rate, are its own warm-up), so both are compared over the same interval. The
     * application is then just out of the warm-up ceremony's seal and the probe before it (the seal's large
     * allocations end in full collections), and its latency in these seconds is printed on its own line.
     */
    static final int SETTLE_SECONDS = Integer.getInteger("summit.benchmark.settle-seconds", 10);

    private static final int PLAIN_RECORDS = 5_000;
    private static final int PLAIN_WARM_UP = 500;
    private static final int PLAIN_RATE = TABLETS * 30;
    private static final int PLAIN_BYTES = 200;

    private final HttpClient http;
    private final LoggedIn staff;
    private final List<String[]> table = new ArrayList<>();
    private final String loadAtStart = loadAverage();

    private CeremonyBenchmark(HttpClient http, LoggedIn staff) {
        this.http = http;
        this.staff = staff;
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("summit-ceremony-benchmark-");
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
                                "logger.levels.org.summit.notifications",
                                "WARN"))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            DefaultHttpClientConfiguration slowMachine = new DefaultHttpClientConfiguration();
            slowMachine.setReadTimeout(Duration.ofMinutes(2));
            try (HttpClient http = HttpClient.create(server.getURL(), slowMachine)) {
                LoggedIn staff = LoggedIn.as(context.getBean(AccountService.class), http, Role.STAFF, null);
                CeremonyBenchmark benchmark = new CeremonyBenchmark(http, staff);
                CeremonyService ceremonies = context.getBean(CeremonyService.class);
                benchmark.signingCities(context.getBean(CitiesService.class), context.getBean(SigningRoll.class));
                // A first ceremony warms the JIT up in both JVMs (here the stroke path, consumers, seal, PDF; the
                // clients' JVM stays for the measured ceremony): a freshly started JVM needs some 30 s at this load
                // before its queues stop growing, and its compiler goes on for a while after. Printed as "cold".
                Setup warmUp = benchmark.ceremony(ceremonies, server.getPort(), "warm-up");
                Properties cold = benchmark.signing(warmUp, dataDir, WARM_UP_SECONDS, 0, "cold: ");
                benchmark.seal(warmUp, cold, WARM_UP_SECONDS, "cold: ");
                benchmark.plainQuiet =
                        benchmark.plainKafka(broker, PLAIN_RECORDS, PLAIN_RATE, "before the signing, alone");
                Setup setup = benchmark.ceremony(ceremonies, server.getPort(), "measured");
                // The same probe again while the tablets sign, at a rate that spreads it over the signing: the
                // machine (2 cores, shared) and the broker are then as busy for it as for the strokes.
                int besideRate = Math.max(1, PLAIN_RECORDS / SIGNING_SECONDS);
                java.util.concurrent.CompletableFuture<Histogram> beside =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                            try {
                                // Until the clients are connected and drawing.
                                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(5));
                                return benchmark.plainKafka(
                                        broker, besideRate * (SIGNING_SECONDS - 10), besideRate, "during the signing");
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                Properties results = benchmark.signing(setup, dataDir, SIGNING_SECONDS, SETTLE_SECONDS, "");
                benchmark.plainBeside = beside.join();
                benchmark.targets(results);
                benchmark.seal(setup, results, SIGNING_SECONDS, "");
                benchmark.stopTheClients();
                benchmark.print();
            }
        }
    }

    /** The ceremony open for signing, and the devices' credentials. */
    record Setup(int port, String ceremonyId, List<String> signatories, List<String> tablets, List<String> screens) {}

    private void signingCities(CitiesService cities, SigningRoll roll) {
        long start = System.nanoTime();
        String[] names = new String[TABLETS];
        for (int i = 0; i < TABLETS; i++) {
            names[i] = String.format("Bench%02d", i + 1);
        }
        SigningCities.register(cities, roll, names);
        LOG.info(String.format("Set up: %d signing cities in %.1f s", TABLETS, (System.nanoTime() - start) / 1e9));
    }

    private Setup ceremony(CeremonyService ceremonies, int port, String name) {
        long start = System.nanoTime();
        String id = ceremonies
                .create(
                        LocalizedText.of("基準測試簽署 " + name, "Benchmark signing " + name),
                        DemoDeclaration.TAIPEI_2016,
                        "benchmark")
                .id()
                .toString();
        Map<String, Object> ready = body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/preparation", "")));
        List<String> signatories = new ArrayList<>();
        for (Map<String, Object> signatory : CeremonyIntegrationTest.list(ready, "signatories")) {
            signatories.add((String) signatory.get("signatoryId"));
        }
        if (signatories.size() != TABLETS) {
            throw new IllegalStateException("Expected " + TABLETS + " signatories, the ceremony has " + signatories);
        }
        List<String> tablets = new ArrayList<>();
        for (String signatory : signatories) {
            tablets.add(pair("tablet", id, signatory));
        }
        List<String> screens = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            screens.add(pair("screen", id, null));
        }
        body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/opening", Map.of("mode", "everyone"))));
        LOG.info(String.format(
                "Set up: the %s ceremony prepared, %d tablets and %d screens paired, opened for everyone, in %.1f s",
                name, TABLETS, SCREENS, (System.nanoTime() - start) / 1e9));
        return new Setup(port, id, signatories, tablets, screens);
    }

    private String pair(String kind, String ceremonyId, String signatoryId) {
        Map<String, Object> pairing = new HashMap<>(Map.of("kind", kind, "ceremonyId", ceremonyId));
        if (signatoryId != null) {
            pairing.put("signatoryId", signatoryId);
        }
        Map<String, Object> code = body(staff.send(HttpRequest.POST("/api/devices/pairings", pairing)));
        return (String) body(HttpRequest.POST("/api/devices/pair", Map.of("code", code.get("code"))))
                .get("token");
    }

    // 1. Plain Kafka: what the broker itself costs from producer to consumer, the baseline of the stroke latency.

    private Histogram plainQuiet;
    private Histogram plainBeside;

    private Histogram plainKafka(TestKafkaBroker.Restartable broker, int records, int rate, String when)
            throws Exception {
        String topic = "benchmark-latency-" + UUID.randomUUID();
        Properties client = broker.clientProperties();
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Properties producerProps = new Properties();
        producerProps.putAll(client);
        producerProps.put("acks", "all");
        producerProps.put("linger.ms", "0");
        producerProps.put("enable.idempotence", "true");
        producerProps.put("key.serializer", ByteArraySerializer.class.getName());
        producerProps.put("value.serializer", ByteArraySerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.putAll(client);
        consumerProps.put("key.deserializer", ByteArrayDeserializer.class.getName());
        consumerProps.put("value.deserializer", ByteArrayDeserializer.class.getName());
        consumerProps.put("enable.auto.commit", "false");
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        AtomicBoolean stop = new AtomicBoolean();
        int[] received = {0};
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            consumer.poll(Duration.ofMillis(100));
            Thread reader = new Thread(
                    () -> {
                        while (!stop.get()) {
                            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                                long now = System.nanoTime();
                                ByteBuffer value = ByteBuffer.wrap(record.value());
                                int index = value.getInt();
                                long sentAt = value.getLong();
                                received[0]++;
                                if (index >= PLAIN_WARM_UP) {
                                    latency.recordValue(Math.max(0, (now - sentAt) / 1_000));
                                }
                            }
                        }
                    },
                    "plain-kafka-consumer");
            reader.start();
            byte[] key = "benchmark".getBytes(StandardCharsets.UTF_8);
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long next = System.nanoTime();
            int total = PLAIN_WARM_UP + records;
            for (int i = 0; i < total; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += interval;
                ByteBuffer value = ByteBuffer.allocate(PLAIN_BYTES);
                value.putInt(i).putLong(System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, value.array()));
            }
            producer.flush();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received[0] < total && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            stop.set(true);
            reader.join();
            if (received[0] != total) {
                LOG.warn("Plain Kafka: {} of {} records consumed", received[0], total);
            }
        }
        row(
                String.format(
                        "Plain Kafka produce → consume %s (acks=all, linger.ms=0; %,d records of %d B at %d/s, after"
                                + " %d)",
                        when, latency.getTotalCount(), PLAIN_BYTES, rate, PLAIN_WARM_UP),
                String.format(
                        "p50 %s, p95 %s, p99 %s, max %s",
                        ms(latency.getValueAtPercentile(50)),
                        ms(latency.getValueAtPercentile(95)),
                        ms(latency.getValueAtPercentile(99)),
                        ms(latency.getMaxValue())));
        return latency;
    }

    // 2. Signing: the clients in a JVM of their own.

    private Properties signing(Setup setup, Path dataDir, int seconds, int settle, String label) throws Exception {
        Path setupFile = dataDir.resolve("clients-setup-" + setup.ceremonyId() + ".properties");
        Path resultsFile = dataDir.resolve("clients-results-" + setup.ceremonyId() + ".properties");
        Properties out = new Properties();
        out.setProperty("port", Integer.toString(setup.port()));
        out.setProperty("ceremonyId", setup.ceremonyId());
        out.setProperty("seconds", Integer.toString(seconds));
        out.setProperty("settleSeconds", Integer.toString(settle));
        for (int i = 0; i < TABLETS; i++) {
            out.setProperty("tablet." + i + ".token", setup.tablets().get(i));
            out.setProperty("tablet." + i + ".signatoryId", setup.signatories().get(i));
        }
        for (int i = 0; i < SCREENS; i++) {
            out.setProperty("screen." + i + ".token", setup.screens().get(i));
        }
        try (Writer writer = Files.newBufferedWriter(setupFile)) {
            out.store(writer, "The ceremony benchmark's devices");
        }
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        signOnTheClients(setupFile, resultsFile, seconds);
        double wall = (System.nanoTime() - start) / 1e9;
        Properties results = new Properties();
        try (Reader reader = Files.newBufferedReader(resultsFile)) {
            results.load(reader);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double appCpu =
                (processCpuNanos() - cpu) / 1e9 / Double.parseDouble(results.getProperty("wallSeconds")) / cores;
        row(
                String.format(
                        "%sSigning: %d tablets × 30 batches/s of 2 points for %d s, %d screens (clients in a JVM of"
                                + " their own)",
                        label, TABLETS, seconds, SCREENS),
                String.format(
                        "%s batches sent, %s acknowledged, %s refused %s",
                        results.getProperty("sent"),
                        results.getProperty("acked"),
                        results.getProperty("refused"),
                        results.getProperty("refusedReasons", "")));
        row(
                label
                        + "Stroke → screen (tablet send → screen receive, every batch on every screen"
                        + (settle > 0 ? ", sent from the " + settle + "th s on, as the probe beside measures)" : ")"),
                String.format(
                        "p50 %s ms, p95 %s ms, p99 %s ms, p99.9 %s ms, max %s ms; %s deliveries",
                        results.getProperty("p50"),
                        results.getProperty("p95"),
                        results.getProperty("p99"),
                        results.getProperty("p999"),
                        results.getProperty("max"),
                        results.getProperty("count")));
        row(
                "  lost (acknowledged, never on some screen) / doubled (on a screen twice)",
                results.getProperty("lost") + " / " + results.getProperty("doubled"));
        row(
                "  tablet send → its ack (checked, produced with acks=all)",
                String.format(
                        "p50 %s ms, p99 %s ms, max %s ms",
                        results.getProperty("ack.p50"),
                        results.getProperty("ack.p99"),
                        results.getProperty("ack.max")));
        for (int window = 0; results.containsKey("window." + window); window++) {
            row(
                    "  sent in " + results.getProperty("window." + window + ".from") + " s"
                            + (window * 10 < settle ? " (settling: not in the figures above)" : ""),
                    results.getProperty("window." + window));
        }
        row(
                "  during the signing: application JVM CPU / clients' JVM CPU (of 2 cores), app GC",
                String.format(
                        "%.0f %% / %s %%, %d collections, %d ms",
                        appCpu * 100, results.getProperty("cpuPercent"), gcCount() - gcCount, gcMillis() - gcMillis));
        LOG.info(String.format("Signing done in %.1f s (wall, with the clients' set-up)", wall));
        return results;
    }

    /** The clients' JVM, started for the first signing and kept for the next; its standard input takes the runs. */
    private Process clients;

    private Writer toClients;

    private void signOnTheClients(Path setupFile, Path resultsFile, int seconds) throws IOException {
        if (clients == null) {
            clients = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            // Two copies of logback-test.xml on the class path make logback describe itself at length.
                            "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                            // The clients stand for thirty separate devices: their JVM collects in short pauses with
                            // a heap fixed from the start, so that its own collections are not counted as the
                            // server's latency.
                            "-Xms256m",
                            "-Xmx256m",
                            "-XX:+UseG1GC",
                            "-XX:MaxGCPauseMillis=5",
                            "-cp",
                            System.getProperty("java.class.path"),
                            CeremonyBenchmarkClients.class.getName())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            toClients = new OutputStreamWriter(clients.getOutputStream(), StandardCharsets.UTF_8);
        }
        toClients.write(setupFile + "\t" + resultsFile + "\n");
        toClients.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 300L);
        while (!Files.exists(resultsFile)) {
            if (!clients.isAlive()) {
                throw new IllegalStateException("The clients failed: exit " + clients.exitValue());
            }
            if (System.nanoTime() > deadline) {
                clients.destroy();
                throw new IllegalStateException("The clients did not finish");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    /** Closes the clients' standard input: they exit. */
    private void stopTheClients() throws IOException, InterruptedException {
        if (clients != null) {
            toClients.close();
            if (!clients.waitFor(60, TimeUnit.SECONDS)) {
                clients.destroy();
            }
        }
    }

    private void targets(Properties results) {
        double strokeP99 = Double.parseDouble(results.getProperty("p99"));
        double strokeP50 = Double.parseDouble(results.getProperty("p50"));
        boolean clean = "0".equals(results.getProperty("lost")) && "0".equals(results.getProperty("doubled"));
        row("Target: stroke p50 ≤ 15 ms", verdict(strokeP50 <= 15) + String.format(" (%.2f ms)", strokeP50));
        for (Map.Entry<String, Histogram> plain :
                List.of(Map.entry("alone", plainQuiet), Map.entry("during the signing", plainBeside))) {
            double kafkaP99 = plain.getValue().getValueAtPercentile(99) / 1000.0;
            double ratio = strokeP99 / kafkaP99;
            row(
                    "Target: stroke p99 ≤ 3 × plain Kafka p99 (" + plain.getKey() + ") and ≤ 100 ms",
                    verdict(ratio <= 3 && strokeP99 <= 100)
                            + String.format(" (%.2f ms = %.2f × %.2f ms)", strokeP99, ratio, kafkaP99));
        }
        row("Target: no batch lost or doubled", verdict(clean));
    }

    // 3. Seal: every signatory confirms from their tablet, staff seal (the PDF is rendered in the seal's request).

    private void seal(Setup setup, Properties results, int seconds, String label) {
        String id = setup.ceremonyId();
        for (int i = 0; i < TABLETS; i++) {
            long lastSeq = Long.parseLong(results.getProperty("tablet." + i + ".lastSeq"));
            http.toBlocking()
                    .retrieve(
                            HttpRequest.POST(
                                            "/api/ceremonies/" + id + "/signatures/mine/confirmation",
                                            Map.of("lastSeq", lastSeq))
                                    .bearerAuth(setup.tablets().get(i)),
                            JSON);
        }
        int attempts = 0;
        long firstAttempt = System.nanoTime();
        long took;
        Map<String, Object> seal;
        while (true) {
            attempts++;
            long start = System.nanoTime();
            try {
                seal = body(staff.send(HttpRequest.POST("/api/ceremonies/" + id + "/seal", "")));
                took = System.nanoTime() - start;
                break;
            } catch (HttpClientResponseException pending) {
                // The last strokes may still be on their way from the topic to the record: the seal says so, 409.
                if (pending.getStatus().getCode() != 409 || attempts > 100) {
                    throw pending;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        long pdfStart = System.nanoTime();
        HttpResponse<byte[]> pdf =
                http.toBlocking().exchange(HttpRequest.GET("/api/ceremonies/" + id + "/sealed.pdf"), byte[].class);
        long pdfTook = System.nanoTime() - pdfStart;
        byte[] bytes = pdf.body();
        if (bytes == null || bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalStateException("sealed.pdf is no PDF");
        }
        long points = 2L * seconds * 30 * TABLETS;
        row(
                String.format(
                        "%sSeal of %d signatures (%,d points), the PDF rendered: POST …/seal", label, TABLETS, points),
                String.format(
                        "%s (attempt %d, %s after the first); fingerprint %s…",
                        ms(took / 1_000),
                        attempts,
                        ms((System.nanoTime() - firstAttempt - pdfTook) / 1_000),
                        ((String) seal.get("fingerprint")).substring(0, 12)));
        row("  GET sealed.pdf", String.format("%s, %,d bytes", ms(pdfTook / 1_000), bytes.length));
        if (label.isEmpty()) {
            row("Target: seal and PDF ≤ 3 s", verdict(took + pdfTook <= TimeUnit.SECONDS.toNanos(3)));
        }
    }

    // --- helpers

    private Map<String, Object> body(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request, JSON);
    }

    private synchronized void row(String what, String figure) {
        table.add(new String[] {what, figure});
    }

    private synchronized void print() {
        // One line each: the log pattern keeps a message on one line, escaping its line breaks.
        LOG.info(String.format(
                "Ceremony benchmark (issue 12): %d cores, load average %s at the start, %s at the end",
                Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage()));
        int width = table.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        for (String[] row : table) {
            LOG.info(String.format("  %-" + width + "s  %s", row[0], row[1]));
        }
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    private static String ms(long micros) {
        return String.format("%.2f ms", micros / 1000.0);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
