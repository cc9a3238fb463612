package org.summit.api.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summit.api.SummitApplication;

/**
 * The application as a user starts it: {@code java} with the application's main class in a process of its own,
 * configured only by environment variables, so a test can kill it with SIGKILL and start it again.
 */
final class SummitProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int httpPort;
    private String sessionCookie;
    private String csrfToken;

    private SummitProcess(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    static SummitProcess start(String name, int httpPort, Map<String, String> environment) {
        try {
            Path logDir = Files.createDirectories(Path.of("target", "embedded-mode"));
            Path log = logDir.resolve(name + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m");
            // A redelivered event that a consumer's inbox skips is logged at DEBUG: tests count them.
            command.add("-Dlogger.levels.org.summit.notifications=DEBUG");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(SummitApplication.class.getName());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment()
                    .keySet()
                    .removeIf(key -> key.startsWith("SUMMIT_")
                            || key.startsWith("KAFKA_")
                            || key.startsWith("DATASOURCE_")
                            || key.startsWith("MICRONAUT_"));
            builder.environment().put("SUMMIT_HTTP_PORT", String.valueOf(httpPort));
            builder.environment().putAll(environment);
            return new SummitProcess(builder.start(), log, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int httpPort() {
        return httpPort;
    }

    SummitProcess awaitHealthy() {
        // Generous: on a machine shared with other builds a start has taken more than 90 s.
        await().atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .failFast("the application exited; see " + log.toAbsolutePath(), () -> !process.isAlive())
                .until(() -> get("/health").statusCode() == 200);
        return this;
    }

    HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie);
        }
        return send(request.build());
    }

    /** Logs in as one of the demo accounts whose passwords the first start kept in the data directory. */
    SummitProcess loginAsDemo(Path dataDir, String email) throws IOException {
        String password = Files.readAllLines(dataDir.resolve("demo-logins.txt")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith(email + " "))
                .map(line -> line.substring(email.length()).strip())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo login for " + email));
        HttpResponse<String> session =
                postJson("/api/session", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}");
        if (session.statusCode() != 200) {
            throw new AssertionError("Demo login failed: " + session.statusCode() + " " + session.body());
        }
        sessionCookie = session.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SUMMIT_SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session.body());
        csrfToken = csrf.find() ? csrf.group(1) : null;
        return this;
    }

    HttpResponse<String> postJson(String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie).header("X-CSRF-Token", csrfToken);
        }
        return send(request.build());
    }

    /**
     * Posts JSON with {@code Expect: 100-continue} and holds the body back until {@code release} opens: the request
     * is in flight at the server (it answered 100 Continue) from {@code accepted} on until its body arrives.
     */
    CompletableFuture<HttpResponse<String>> postJsonHeldBack(
            String path, String json, CountDownLatch accepted, CountDownLatch release) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Flow.Publisher<ByteBuffer> held = subscriber -> {
            accepted.countDown();
            subscriber.onSubscribe(new Flow.Subscription() {
                private boolean sent;

                @Override
                public synchronized void request(long n) {
                    if (sent) {
                        return;
                    }
                    sent = true;
                    Thread sender = new Thread(
                            () -> {
                                try {
                                    release.await();
                                    subscriber.onNext(ByteBuffer.wrap(bytes));
                                    subscriber.onComplete();
                                } catch (InterruptedException e) {
                                    subscriber.onError(e);
                                }
                            },
                            "held-back-body");
                    sender.setDaemon(true);
                    sender.start();
                }

                @Override
                public void cancel() {}
            });
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(held, bytes.length));
        if (sessionCookie != null) {
            request.header("Cookie", sessionCookie).header("X-CSRF-Token", csrfToken);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; returns at once. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int awaitExit(Duration within) throws InterruptedException {
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The process did not exit within " + within + "; see " + log.toAbsolutePath());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
