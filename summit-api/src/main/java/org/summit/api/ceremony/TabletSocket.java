package org.summit.api.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.DeviceKind;
import org.summit.api.accounts.DeviceCredentials;
import org.summit.api.accounts.DeviceCredentials.PairedDevice;
import org.summit.ceremony.LiveStrokes;
import org.summit.ceremony.StrokeGate;
import org.summit.events.ceremony.StrokePoint;

/**
 * A signatory's tablet sends its strokes here (the protocol is in the README): a first message with the device's
 * credential, then batches of points and clears, each numbered in the signatory's sequence and answered one by one
 * (ack, ahead, refused with a reason). Messages of one connection are handled in the order they came, off the event
 * loop; the device's pairing is checked again for every message, so a revoked or expired tablet draws nothing more.
 */
@ServerWebSocket("/ws/ceremonies/{ceremonyId}/tablet")
@Secured(SecurityRule.IS_ANONYMOUS)
class TabletSocket {

    private static final Logger LOG = LoggerFactory.getLogger(TabletSocket.class);
    private static final String DEVICE = "device";
    private static final String QUEUE = "queue";
    private static final String BUCKET = "bucket";
    private static final String WATCHER = "watcher";

    private final DeviceCredentials credentials;
    private final StrokeGate gate;
    private final LiveStrokes live;
    private final ConnectedDevices connected;
    private final JsonMapper json;
    private final ExecutorService executor;
    private final Clock clock;

    TabletSocket(
            DeviceCredentials credentials,
            StrokeGate gate,
            LiveStrokes live,
            ConnectedDevices connected,
            JsonMapper json,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
            Clock clock) {
        this.credentials = credentials;
        this.gate = gate;
        this.live = live;
        this.connected = connected;
        this.json = json;
        this.executor = executor;
        this.clock = clock;
    }

    /** A message from the tablet: hello (with the token), strokes (seq, points) or clear (seq). */
    @Serdeable
    record TabletMessage(
            @Nullable String type,
            @Nullable String token,
            @Nullable Long seq,
            @Nullable List<StrokePoint> points) {}

    @OnOpen
    void onOpen(WebSocketSession session) {
        session.put(QUEUE, CompletableFuture.completedFuture(null));
        session.put(BUCKET, new FloodGuard());
    }

    /**
     * The largest message read: a batch of {@link StrokeGate#MAX_POINTS} points is under 100 KB. A larger one is
     * refused unread ("too-large"); the frame limit above it only keeps a runaway client from exhausting memory.
     */
    static final int MAX_MESSAGE = 256 * 1024;

    @OnMessage(maxPayloadLength = 8 * 1024 * 1024)
    void onMessage(String ceremonyId, String message, WebSocketSession session) {
        if (message.length() > MAX_MESSAGE) {
            send(session, Map.of("type", "refused", "reason", "too-large"));
            return;
        }
        // One connection's messages are handled one after another, in the order they came: a tablet's sequence must
        // not be reordered by the thread pool.
        if (!session.get(BUCKET, FloodGuard.class).orElseThrow().take()) {
            // Counted as messages arrive, not as they are handled: a flood is refused before it queues up.
            send(session, Map.of("type", "refused", "reason", "too-fast"));
            return;
        }
        synchronized (session) {
            CompletableFuture<?> tail =
                    session.get(QUEUE, CompletableFuture.class).orElseThrow();
            session.put(QUEUE, tail.thenRunAsync(() -> handle(ceremonyId, message, session), executor));
        }
    }

    @OnClose
    void onClose(String ceremonyId, WebSocketSession session) {
        session.get(DEVICE, PairedDevice.class).ifPresent(device -> {
            connected.tabletGone(UUID.fromString(device.signatoryId()), session.getId());
            session.get(WATCHER, LiveStrokes.Watcher.class)
                    .ifPresent(watcher -> live.unwatch(UUID.fromString(device.ceremonyId()), watcher));
        });
    }

    private void handle(String ceremonyId, String message, WebSocketSession session) {
        try {
            TabletMessage read = read(message);
            if (read == null || read.type() == null) {
                send(session, Map.of("type", "refused", "reason", "malformed"));
                return;
            }
            Optional<PairedDevice> device = session.get(DEVICE, PairedDevice.class);
            if ("hello".equals(read.type())) {
                hello(ceremonyId, read, session);
            } else if (device.isEmpty()) {
                close(session, "not-paired");
            } else if (!credentials.stillPaired(device.get().id())) {
                close(session, "device-revoked");
            } else if (read.seq() == null) {
                send(session, Map.of("type", "refused", "reason", "malformed"));
            } else if ("strokes".equals(read.type())) {
                UUID[] ids = ids(device.get());
                answer(session, device.get(), gate.draw(ids[0], ids[1], read.seq(), read.points()));
            } else if ("clear".equals(read.type())) {
                UUID[] ids = ids(device.get());
                answer(session, device.get(), gate.clear(ids[0], ids[1], read.seq()));
            } else {
                send(session, refused(read.seq(), "malformed"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Tablet message not handled: {}", e.toString());
            send(session, Map.of("type", "refused", "reason", "unavailable"));
        }
    }

    private void hello(String ceremonyId, TabletMessage hello, WebSocketSession session) {
        Optional<PairedDevice> device = credentials
                .read(hello.token())
                .filter(paired -> paired.kind() == DeviceKind.TABLET)
                .filter(paired -> paired.ceremonyId().equals(ceremonyId))
                .filter(paired -> paired.signatoryId() != null);
        if (device.isEmpty()) {
            close(session, "not-paired");
            return;
        }
        PairedDevice tablet = device.get();
        session.put(DEVICE, tablet);
        UUID[] ids = ids(tablet);
        connected.tabletConnected(ids[1], session.getId());
        LiveStrokes.Watcher watcher = new LiveStrokes.Watcher() {
            @Override
            public void strokes(LiveStrokes.Item item) {
                // A tablet hears its own acknowledgements, not the stream.
            }

            @Override
            public void changed(String eventType) {
                send(session, Map.of("type", "changed", "event", eventType));
            }
        };
        session.put(WATCHER, watcher);
        live.watch(ids[0], watcher);
        send(session, Map.of("type", "welcome", "lastSeq", gate.lastAccepted(ids[0], ids[1])));
    }

    private void answer(WebSocketSession session, PairedDevice device, StrokeGate.Verdict verdict) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("seq", verdict.seq());
        if (verdict instanceof StrokeGate.Accepted) {
            answer.put("type", "ack");
            connected.stroked(UUID.fromString(device.signatoryId()), clock.instant());
        } else if (verdict instanceof StrokeGate.Repeated) {
            answer.put("type", "ack");
        } else if (verdict instanceof StrokeGate.Ahead ahead) {
            answer.put("type", "ahead");
            answer.put("expected", ahead.expected());
        } else if (verdict instanceof StrokeGate.Refused refused) {
            answer.put("type", "refused");
            answer.put("reason", refused.reason());
        }
        send(session, answer);
    }

    private static Map<String, Object> refused(@Nullable Long seq, String reason) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("type", "refused");
        answer.put("seq", seq);
        answer.put("reason", reason);
        return answer;
    }

    private static UUID[] ids(PairedDevice device) {
        return new UUID[] {UUID.fromString(device.ceremonyId()), UUID.fromString(device.signatoryId())};
    }

    @Nullable
    private TabletMessage read(String message) {
        try {
            return json.readValue(message, TabletMessage.class);
        } catch (IOException | RuntimeException malformed) {
            return null;
        }
    }

    private void close(WebSocketSession session, String reason) {
        send(session, Map.of("type", "refused", "reason", reason));
        session.close(new CloseReason(4401, reason));
    }

    private void send(WebSocketSession session, Map<String, ?> message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendAsync(json.writeValueAsString(message));
        } catch (IOException e) {
            LOG.warn("Tablet answer not written: {}", e.toString());
        }
    }
}
