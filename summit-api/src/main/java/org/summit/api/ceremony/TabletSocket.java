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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.DeviceKind;
import org.summit.api.accounts.DeviceCredentials;
import org.summit.api.accounts.DeviceCredentials.PairedDevice;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.LiveStrokes;
import org.summit.ceremony.StrokeGate;
import org.summit.events.ceremony.StrokePoint;

/**
 * A signatory's tablet sends its strokes here (the protocol is in the README): a first message with the device's
 * credential, then batches of points and clears, each numbered in the signatory's sequence and answered one by one
 * (ack, ahead, refused with a reason). Messages of one connection are handled in the order they came, off the event
 * loop; the device's pairing is checked again for every message, so a revoked or expired tablet draws nothing more.
 * A tablet lost during the signing is recorded for staff as it closes.
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
    private final CeremonyService ceremonies;
    private final JsonMapper json;
    private final ExecutorService executor;
    private final Clock clock;

    TabletSocket(
            DeviceCredentials credentials,
            StrokeGate gate,
            LiveStrokes live,
            ConnectedDevices connected,
            CeremonyService ceremonies,
            JsonMapper json,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor,
            Clock clock) {
        this.credentials = credentials;
        this.gate = gate;
        this.live = live;
        this.connected = connected;
        this.ceremonies = ceremonies;
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

    /**
     * The connection closed. Dealt with after the messages it still has queued (a hello among them pairs it), off the
     * event loop since it may write: a paired tablet's last connection here closing while its signatory has still to
     * sign is recorded for staff ({@link CeremonyService#tabletDisconnected}, which decides whether it matters now).
     * Not when another connection of the signatory's tablet is open here: that one replaced it (the tablet reconnected
     * before the server noticed the old connection die); nor when the tablet's pairing was revoked.
     */
    @OnClose
    void onClose(WebSocketSession session) {
        Instant closedAt = clock.instant();
        synchronized (session) {
            CompletableFuture<?> tail =
                    session.get(QUEUE, CompletableFuture.class).orElse(CompletableFuture.completedFuture(null));
            try {
                session.put(QUEUE, tail.whenCompleteAsync((done, failed) -> closed(session, closedAt), executor));
            } catch (RejectedExecutionException stopping) {
                LOG.info("Tablet connection closed while the server stops; its disconnection is not recorded");
            }
        }
    }

    private void closed(WebSocketSession session, Instant closedAt) {
        Optional<PairedDevice> device = session.get(DEVICE, PairedDevice.class);
        if (device.isEmpty()) {
            return;
        }
        UUID[] ids = ids(device.get());
        session.get(WATCHER, LiveStrokes.Watcher.class).ifPresent(watcher -> live.unwatch(ids[0], watcher));
        try {
            if (connected.tabletClosing(ids[1], session.getId())
                    && credentials.stillPaired(device.get().id())) {
                ceremonies.tabletDisconnected(ids[0], ids[1], device.get().id(), closedAt);
            }
        } catch (RuntimeException e) {
            LOG.warn("Tablet disconnection not recorded: {}", e.toString());
        } finally {
            // Only now: the console shows the tablet connected until its disconnection is dealt with.
            connected.tabletGone(ids[1], session.getId());
        }
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
                answerWhenSettled(
                        session, device.get(), read.seq(), gate.draw(ids[0], ids[1], read.seq(), read.points()));
            } else if ("clear".equals(read.type())) {
                UUID[] ids = ids(device.get());
                answerWhenSettled(session, device.get(), read.seq(), gate.clear(ids[0], ids[1], read.seq()));
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

    /**
     * Answers once the broker has the batch (or at once for a refusal); the next message is handled meanwhile, and the
     * broker confirms one signatory's batches in the order they were sent.
     */
    private void answerWhenSettled(
            WebSocketSession session, PairedDevice device, long seq, CompletableFuture<StrokeGate.Verdict> verdict) {
        verdict.whenComplete((settled, failure) ->
                answer(session, device, failure == null ? settled : new StrokeGate.Refused(seq, "unavailable")));
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
