package org.summit.api.ceremony;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tablets and big screens of {@link CeremonyBenchmark}, in a JVM of their own as the issue asks (the browsers are
 * not in the application's process either): each tablet sends a batch of 2 points every 1/30 s on its WebSocket,
 * whether or not the earlier ones are acknowledged yet (as the tablet page does), and notes when it sent each; each
 * screen notes when each (signatory, seq) arrived. Both clocks are this JVM's {@link System#nanoTime()}. Reads the
 * devices' credentials from the file the benchmark wrote and writes its figures to another.
 */
final class CeremonyBenchmarkClients {

    private static final Logger LOG = LoggerFactory.getLogger(CeremonyBenchmarkClients.class);
    private static final int BATCHES_PER_SECOND = 30;
    private static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1) / BATCHES_PER_SECOND;
    private static final int WINDOW_SECONDS = 10;

    private CeremonyBenchmarkClients() {}

    /**
     * One signing for each line on standard input (the setup file and the results file, separated by a tab), until
     * it closes: the JVM stays for the next one, so that the measured signing runs on clients as warmed up as the
     * application (a fresh JVM's first 10 s are its JIT's, and counted as the server's latency they were most of the
     * p99).
     */
    public static void main(String[] args) throws Exception {
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] files = line.split("\t");
            sign(Path.of(files[0]), Path.of(files[1]));
        }
        System.exit(0);
    }

    private static void sign(Path setupFile, Path resultsFile) throws Exception {
        Properties setup = new Properties();
        try (Reader reader = Files.newBufferedReader(setupFile)) {
            setup.load(reader);
        }
        int port = Integer.parseInt(setup.getProperty("port"));
        String ceremonyId = setup.getProperty("ceremonyId");
        int seconds = Integer.parseInt(setup.getProperty("seconds"));
        // Batches sent in the first seconds are drawn, acknowledged and checked for loss and doubles like the others,
        // but their latency is reported on its own, not in the figures compared with plain Kafka's (see the caller).
        long settleNanos = TimeUnit.SECONDS.toNanos(Integer.parseInt(setup.getProperty("settleSeconds", "0")));
        int batches = seconds * BATCHES_PER_SECOND;
        String base = "ws://127.0.0.1:" + port + "/ws/ceremonies/" + ceremonyId;

        List<Tablet> tablets = new ArrayList<>();
        Map<String, Integer> bySignatory = new HashMap<>();
        for (int i = 0; setup.containsKey("tablet." + i + ".token"); i++) {
            bySignatory.put(setup.getProperty("tablet." + i + ".signatoryId"), i);
        }
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; setup.containsKey("screen." + i + ".token"); i++) {
            Screen screen = new Screen(bySignatory, batches);
            screen.open(base + "/screen", setup.getProperty("screen." + i + ".token"));
            screens.add(screen);
        }
        for (int i = 0; i < bySignatory.size(); i++) {
            Tablet tablet = new Tablet(i, batches);
            tablet.open(base + "/tablet", setup.getProperty("tablet." + i + ".token"));
            tablets.add(tablet);
        }
        for (Screen screen : screens) {
            await(screen.welcomed, "a screen's welcome");
        }
        for (Tablet tablet : tablets) {
            await(tablet.welcomed, "a tablet's welcome");
        }
        LOG.info("{} tablets and {} screens connected; signing for {} s", tablets.size(), screens.size(), seconds);

        long cpuStart = CeremonyBenchmark.processCpuNanos();
        long start = System.nanoTime();
        // Two threads send for the 20 tablets, each tablet on its own 1/30 s beat, the beats spread over the period.
        ScheduledExecutorService pens = Executors.newScheduledThreadPool(2);
        CountDownLatch drawn = new CountDownLatch(tablets.size());
        for (Tablet tablet : tablets) {
            long offset = INTERVAL_NANOS * tablet.index / tablets.size();
            ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
            CountDownLatch scheduled = new CountDownLatch(1);
            self[0] = pens.scheduleAtFixedRate(
                    () -> {
                        try {
                            scheduled.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (!tablet.drawNext()) {
                            drawn.countDown();
                            self[0].cancel(false);
                        }
                    },
                    offset,
                    INTERVAL_NANOS,
                    TimeUnit.NANOSECONDS);
            scheduled.countDown();
        }
        drawn.await();
        pens.shutdown();
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = CeremonyBenchmark.processCpuNanos() - cpuStart;
        LOG.info("Drawn for {} s; waiting for the last answers and deliveries", String.format("%.1f", wall));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline
                && !(tablets.stream().allMatch(Tablet::answeredAll)
                        && screens.stream().allMatch(screen -> screen.hasAll(tablets)))) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }

        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Histogram ack = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<Integer, Histogram> windows = new TreeMap<>();
        long lost = 0;
        long shownUnacked = 0;
        long doubled = 0;
        long sent = 0;
        long acked = 0;
        long refused = 0;
        Map<String, Long> reasons = new TreeMap<>();
        for (Tablet tablet : tablets) {
            for (int seq = 1; seq <= batches; seq++) {
                long sentAt = tablet.sentAt[seq];
                if (sentAt == 0) {
                    continue;
                }
                sent++;
                long ackAt = tablet.ackedAt.get(seq);
                boolean counted = sentAt - start >= settleNanos;
                if (ackAt != 0) {
                    acked++;
                    if (counted) {
                        ack.recordValue(Math.max(0, (ackAt - sentAt) / 1_000));
                    }
                }
                int window = (int) ((sentAt - start) / TimeUnit.SECONDS.toNanos(WINDOW_SECONDS));
                for (Screen screen : screens) {
                    long receivedAt = screen.receivedAt[tablet.index].get(seq);
                    if (receivedAt != 0) {
                        long micros = Math.max(0, (receivedAt - sentAt) / 1_000);
                        if (counted) {
                            latency.recordValue(micros);
                        }
                        windows.computeIfAbsent(window, w -> new Histogram(TimeUnit.SECONDS.toMicros(60), 3))
                                .recordValue(micros);
                        if (ackAt == 0) {
                            shownUnacked++;
                        }
                    } else if (ackAt != 0) {
                        lost++;
                    }
                }
            }
            refused +=
                    tablet.refused.values().stream().mapToLong(AtomicLong::get).sum();
            tablet.refused.forEach((reason, count) -> reasons.merge(reason, count.get(), Long::sum));
        }
        for (Screen screen : screens) {
            doubled += screen.doubled.get();
        }

        Properties results = new Properties();
        results.setProperty("wallSeconds", String.format(Locale.ROOT, "%.3f", wall));
        results.setProperty(
                "cpuPercent",
                String.format(
                        Locale.ROOT,
                        "%.0f",
                        100.0 * cpu / 1e9 / wall / Runtime.getRuntime().availableProcessors()));
        results.setProperty("sent", Long.toString(sent));
        results.setProperty("acked", Long.toString(acked));
        results.setProperty("refused", Long.toString(refused));
        results.setProperty("refusedReasons", reasons.isEmpty() ? "" : reasons.toString());
        results.setProperty("count", Long.toString(latency.getTotalCount()));
        results.setProperty("lost", Long.toString(lost));
        results.setProperty("doubled", Long.toString(doubled));
        results.setProperty("shownUnacknowledged", Long.toString(shownUnacked));
        put(results, "", latency);
        put(results, "ack.", ack);
        int w = 0;
        for (Map.Entry<Integer, Histogram> window : windows.entrySet()) {
            Histogram h = window.getValue();
            results.setProperty(
                    "window." + w + ".from",
                    window.getKey() * WINDOW_SECONDS + "–" + (window.getKey() + 1) * WINDOW_SECONDS);
            results.setProperty(
                    "window." + w,
                    String.format(
                            Locale.ROOT,
                            "p50 %s ms, p99 %s ms, max %s ms",
                            millis(h.getValueAtPercentile(50)),
                            millis(h.getValueAtPercentile(99)),
                            millis(h.getMaxValue())));
            w++;
        }
        for (Tablet tablet : tablets) {
            results.setProperty("tablet." + tablet.index + ".lastSeq", Long.toString(tablet.lastContiguousAck()));
        }
        for (Tablet tablet : tablets) {
            tablet.close();
        }
        for (Screen screen : screens) {
            screen.close();
        }
        // Written beside, then moved: the benchmark reads the file once it exists, never half written.
        Path written = resultsFile.resolveSibling(resultsFile.getFileName() + ".part");
        try (Writer writer = Files.newBufferedWriter(written)) {
            results.store(writer, "The ceremony benchmark's clients");
        }
        Files.move(written, resultsFile, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void put(Properties results, String prefix, Histogram h) {
        results.setProperty(prefix + "p50", millis(h.getValueAtPercentile(50)));
        results.setProperty(prefix + "p95", millis(h.getValueAtPercentile(95)));
        results.setProperty(prefix + "p99", millis(h.getValueAtPercentile(99)));
        results.setProperty(prefix + "p999", millis(h.getValueAtPercentile(99.9)));
        results.setProperty(prefix + "max", millis(h.getMaxValue()));
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.2f", micros / 1000.0);
    }

    private static void await(CompletableFuture<?> future, String what) throws Exception {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("No " + what + " within 30 s", e);
        }
    }

    /** Reads {@code "name":<number>} out of a message without parsing it all: the screens get 6,000 a second. */
    private static long number(String text, String name) {
        int at = text.indexOf("\"" + name + "\":");
        if (at < 0) {
            return -1;
        }
        int from = at + name.length() + 3;
        int to = from;
        while (to < text.length() && Character.isDigit(text.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Long.parseLong(text, from, to, 10);
    }

    private static String string(String text, String name) {
        int at = text.indexOf("\"" + name + "\":\"");
        if (at < 0) {
            return null;
        }
        int from = at + name.length() + 4;
        return text.substring(from, text.indexOf('"', from));
    }

    /** A WebSocket that hands whole text messages on, with the time the last part arrived. */
    private abstract static class Client implements WebSocket.Listener {
        final CompletableFuture<Void> welcomed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        volatile WebSocket socket;

        void open(String uri, String token) {
            socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .buildAsync(URI.create(uri), this)
                    .join();
            socket.sendText("{\"type\":\"hello\",\"token\":\"" + token + "\"}", true)
                    .join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.contains("\"type\":\"welcome\"")) {
                    welcomed.complete(null);
                } else {
                    received(text, now);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.warn("WebSocket failed: {}", error.toString());
            welcomed.completeExceptionally(error);
        }

        abstract void received(String text, long now);

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** A signatory's tablet: draws a slow loop, stroke after stroke, and notes each batch's send and ack. */
    private static final class Tablet extends Client {
        final int index;
        final long[] sentAt;
        final AtomicLongArray ackedAt;
        final Map<String, AtomicLong> refused = new ConcurrentHashMap<>();
        private final int batches;
        private int seq;
        private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);

        Tablet(int index, int batches) {
            this.index = index;
            this.batches = batches;
            this.sentAt = new long[batches + 1];
            this.ackedAt = new AtomicLongArray(batches + 1);
        }

        /** Sends the next batch; false once all are sent. */
        boolean drawNext() {
            if (seq >= batches) {
                return false;
            }
            seq++;
            // A pen lift every 2 s; the pen goes round an ellipse in the signature block, 2 points per batch.
            int stroke = (seq - 1) / (2 * BATCHES_PER_SECOND);
            long now = System.currentTimeMillis();
            StringBuilder message = new StringBuilder(200)
                    .append("{\"type\":\"strokes\",\"seq\":")
                    .append(seq)
                    .append(",\"points\":[");
            for (int k = 0; k < 2; k++) {
                double angle = (2 * seq + k) * 0.05 + index;
                if (k > 0) {
                    message.append(',');
                }
                message.append(String.format(
                        Locale.ROOT,
                        "{\"s\":%d,\"x\":%.4f,\"y\":%.4f,\"p\":%.2f,\"t\":%d}",
                        stroke,
                        0.5 + 0.4 * Math.cos(angle),
                        0.5 + 0.4 * Math.sin(angle * 1.3),
                        0.4 + 0.2 * Math.sin(angle * 3),
                        now + 16L * k));
            }
            message.append("]}");
            // The JDK's WebSocket takes one message at a time; on a local connection the previous one is long out.
            sending.join();
            sentAt[seq] = System.nanoTime();
            sending = socket.sendText(message, true);
            return true;
        }

        @Override
        void received(String text, long now) {
            long seqOf = number(text, "seq");
            if (text.contains("\"type\":\"ack\"") && seqOf > 0 && seqOf < ackedAt.length()) {
                ackedAt.compareAndSet((int) seqOf, 0, now);
            } else if (text.contains("\"type\":\"changed\"")) {
                return;
            } else {
                String reason = text.contains("\"type\":\"ahead\"") ? "ahead" : string(text, "reason");
                refused.computeIfAbsent(String.valueOf(reason), r -> new AtomicLong())
                        .incrementAndGet();
                if (refused.values().stream().mapToLong(AtomicLong::get).sum() <= 5) {
                    LOG.warn("Tablet {} was answered {}", index, text);
                }
            }
        }

        boolean answeredAll() {
            long answers = refused.values().stream().mapToLong(AtomicLong::get).sum();
            for (int s = 1; s <= seq; s++) {
                if (ackedAt.get(s) == 0 && answers-- <= 0) {
                    return false;
                }
            }
            return true;
        }

        long lastContiguousAck() {
            int last = 0;
            while (last < seq && ackedAt.get(last + 1) != 0) {
                last++;
            }
            return last;
        }
    }

    /** A big screen: notes when each batch of each signatory arrived, and counts a batch that came twice. */
    private static final class Screen extends Client {
        final AtomicLongArray[] receivedAt;
        final AtomicLong doubled = new AtomicLong();
        private final Map<String, Integer> bySignatory;

        Screen(Map<String, Integer> bySignatory, int batches) {
            this.bySignatory = bySignatory;
            this.receivedAt = new AtomicLongArray[bySignatory.size()];
            for (int i = 0; i < receivedAt.length; i++) {
                receivedAt[i] = new AtomicLongArray(batches + 1);
            }
        }

        @Override
        void received(String text, long now) {
            if (!text.startsWith("{\"type\":\"strokes\"") && !text.startsWith("{\"type\":\"clear\"")) {
                return;
            }
            Integer tablet = bySignatory.get(string(text, "signatoryId"));
            long seq = number(text, "seq");
            if (tablet == null || seq < 1 || seq >= receivedAt[tablet].length()) {
                LOG.warn("A screen got a batch of no tablet here: {}", text);
                return;
            }
            if (!receivedAt[tablet].compareAndSet((int) seq, 0, now)) {
                doubled.incrementAndGet();
            }
        }

        boolean hasAll(List<Tablet> tablets) {
            for (Tablet tablet : tablets) {
                for (int seq = 1; seq < tablet.ackedAt.length(); seq++) {
                    if (tablet.ackedAt.get(seq) != 0 && receivedAt[tablet.index].get(seq) == 0) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
