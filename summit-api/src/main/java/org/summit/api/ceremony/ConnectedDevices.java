package org.summit.api.ceremony;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tablets and screens whose page is connected to this process now, and when each tablet last had strokes
 * accepted, for the staff console. Each instance knows its own connections: behind a load balancer the console shows
 * those of the instance it asks (see the README).
 */
@Singleton
class ConnectedDevices {

    private final Map<UUID, Set<String>> tablets = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> screens = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastStrokes = new ConcurrentHashMap<>();

    void tabletConnected(UUID signatoryId, String sessionId) {
        tablets.computeIfAbsent(signatoryId, id -> ConcurrentHashMap.newKeySet())
                .add(sessionId);
    }

    void tabletGone(UUID signatoryId, String sessionId) {
        tablets.computeIfPresent(signatoryId, (id, sessions) -> {
            sessions.remove(sessionId);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    boolean tabletConnected(UUID signatoryId) {
        return tablets.containsKey(signatoryId);
    }

    void screenConnected(UUID ceremonyId, String sessionId) {
        screens.computeIfAbsent(ceremonyId, id -> ConcurrentHashMap.newKeySet()).add(sessionId);
    }

    void screenGone(UUID ceremonyId, String sessionId) {
        screens.computeIfPresent(ceremonyId, (id, sessions) -> {
            sessions.remove(sessionId);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    int screensConnected(UUID ceremonyId) {
        Set<String> connected = screens.get(ceremonyId);
        return connected == null ? 0 : connected.size();
    }

    void stroked(UUID signatoryId, Instant at) {
        lastStrokes.put(signatoryId, at);
    }

    Instant lastStroke(UUID signatoryId) {
        return lastStrokes.get(signatoryId);
    }
}
