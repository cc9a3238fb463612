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
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.DeviceKind;
import org.summit.api.accounts.DeviceCredentials;
import org.summit.api.accounts.DeviceCredentials.PairedDevice;
import org.summit.ceremony.LiveStrokes;

/**
 * A big screen follows the signing here: after a first message with the screen's credential it gets every batch this
 * process has read of the ceremony so far, then each new batch as it is read from the stroke topic, and a word when
 * the ceremony changed. Every instance reads the whole topic with a group of its own, so a screen here shows the
 * strokes of a tablet connected to any instance.
 */
@ServerWebSocket("/ws/ceremonies/{ceremonyId}/screen")
@Secured(SecurityRule.IS_ANONYMOUS)
class ScreenSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenSocket.class);
    private static final String DEVICE = "device";
    private static final String WATCHER = "watcher";

    private final DeviceCredentials credentials;
    private final LiveStrokes live;
    private final ConnectedDevices connected;
    private final JsonMapper json;
    private final ExecutorService executor;

    ScreenSocket(
            DeviceCredentials credentials,
            LiveStrokes live,
            ConnectedDevices connected,
            JsonMapper json,
            @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.credentials = credentials;
        this.live = live;
        this.connected = connected;
        this.json = json;
        this.executor = executor;
    }

    /** The screen's first message: hello, with its credential. */
    @Serdeable
    record ScreenMessage(@Nullable String type, @Nullable String token) {}

    @OnMessage(maxPayloadLength = 16_384)
    void onMessage(String ceremonyId, String message, WebSocketSession session) {
        if (session.get(DEVICE, PairedDevice.class).isPresent()) {
            return;
        }
        executor.execute(() -> hello(ceremonyId, message, session));
    }

    @OnClose
    void onClose(String ceremonyId, WebSocketSession session) {
        session.get(DEVICE, PairedDevice.class).ifPresent(device -> {
            UUID id = UUID.fromString(device.ceremonyId());
            connected.screenGone(id, session.getId());
            session.get(WATCHER, LiveStrokes.Watcher.class).ifPresent(watcher -> live.unwatch(id, watcher));
        });
    }

    private void hello(String ceremonyId, String message, WebSocketSession session) {
        Optional<PairedDevice> device = read(message)
                .filter(hello -> "hello".equals(hello.type()))
                .flatMap(hello -> credentials.read(hello.token()))
                .filter(paired -> paired.kind() == DeviceKind.SCREEN)
                .filter(paired -> paired.ceremonyId().equals(ceremonyId));
        if (device.isEmpty()) {
            send(session, Map.of("type", "refused", "reason", "not-paired"));
            session.close(new CloseReason(4401, "not-paired"));
            return;
        }
        UUID id = UUID.fromString(ceremonyId);
        session.put(DEVICE, device.get());
        connected.screenConnected(id, session.getId());
        AtomicLong checkedAt = new AtomicLong(System.nanoTime());
        LiveStrokes.Watcher watcher = new LiveStrokes.Watcher() {
            @Override
            public void strokes(LiveStrokes.Item item) {
                // The pairing is looked up at most once a second: ten screens at 600 batches a second would otherwise
                // cost the database 6,000 reads a second. The lookup runs beside, not on the thread that reads the
                // stroke topic for every screen: a database read there would hold up every screen's next batch.
                long now = System.nanoTime();
                long last = checkedAt.get();
                if (now - last > 1_000_000_000L && checkedAt.compareAndSet(last, now)) {
                    executor.execute(() -> {
                        if (!credentials.stillPaired(device.get().id())) {
                            session.close(new CloseReason(4401, "device-revoked"));
                        }
                    });
                }
                sendText(session, item.wire());
            }

            @Override
            public void changed(String eventType) {
                send(session, Map.of("type", "changed", "event", eventType));
            }
        };
        session.put(WATCHER, watcher);
        send(session, Map.of("type", "welcome"));
        List<LiveStrokes.Item> sofar = live.watch(id, watcher);
        sofar.forEach(item -> sendText(session, item.wire()));
    }

    private Optional<ScreenMessage> read(String message) {
        try {
            return Optional.ofNullable(json.readValue(message, ScreenMessage.class));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static void sendText(WebSocketSession session, String message) {
        if (session.isOpen()) {
            session.sendAsync(message);
        }
    }

    private void send(WebSocketSession session, Map<String, ?> message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendAsync(json.writeValueAsString(message));
        } catch (IOException e) {
            LOG.warn("Screen message not written: {}", e.toString());
        }
    }
}
