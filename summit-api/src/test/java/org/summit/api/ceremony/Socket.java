package org.summit.api.ceremony;

import static org.awaitility.Awaitility.await;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A tablet's or a screen's WebSocket as the browser opens it, on the JDK's own client: it says hello with its
 * credential and keeps every message the server sends, for the test to wait on.
 */
final class Socket implements WebSocket.Listener {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final Argument<Map<String, Object>> MESSAGE = Argument.mapOf(String.class, Object.class);

    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private final java.util.Set<Integer> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile Integer closedWith;
    private volatile Throwable failure;

    static Socket open(int port, String path, String token) {
        Socket listener = new Socket();
        listener.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port + path), listener)
                .join();
        listener.send(Map.of("type", "hello", "token", token));
        return listener;
    }

    void send(Map<String, ?> message) {
        try {
            sendText(JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void sendText(String text) {
        if (closedWith == null) {
            socket.sendText(text, true).join();
        }
    }

    /** Waits for the first message received that matches, and returns it. */
    Map<String, Object> waitFor(Predicate<Map<String, Object>> matching) {
        return await().atMost(Duration.ofSeconds(30))
                .alias("a message matching, among " + this)
                .until(() -> received.stream().filter(matching).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** The next answer to a message numbered {@code seq}: each answer is returned once, in the order received. */
    Map<String, Object> answer(long seq) {
        int index = await().atMost(Duration.ofSeconds(30))
                .alias("an answer to " + seq + ", among " + this)
                .until(
                        () -> {
                            for (int i = 0; i < received.size(); i++) {
                                Map<String, Object> message = received.get(i);
                                if (!answered.contains(i)
                                        && seq(message) == seq
                                        && !"strokes".equals(message.get("type"))) {
                                    return i;
                                }
                            }
                            return -1;
                        },
                        found -> found >= 0);
        answered.add(index);
        return received.get(index);
    }

    @Override
    public String toString() {
        // A snapshot: messages keep arriving while this is written (a view of the live list would fail).
        List<Map<String, Object>> sofar = List.copyOf(received);
        List<Map<String, Object>> last = sofar.subList(Math.max(0, sofar.size() - 5), sofar.size());
        return sofar.size() + " received (the last: " + last + "), closed with " + closedWith
                + (failure == null ? "" : " after " + failure);
    }

    List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    Integer closedWith() {
        return closedWith;
    }

    void close() {
        if (closedWith == null) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(JSON.readValue(partial.toString(), MESSAGE));
            } catch (IOException e) {
                throw new IllegalStateException("The server sent no JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith = statusCode;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        // The connection ended without a close message (the server dropped it): the close code for "abnormal".
        failure = error;
        closedWith = 1006;
    }

    static Predicate<Map<String, Object>> typed(String type) {
        return message -> type.equals(message.get("type"));
    }

    static long seq(Map<String, Object> message) {
        Object seq = message.get("seq");
        return seq instanceof Number number ? number.longValue() : -1;
    }
}
