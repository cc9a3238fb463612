package org.summit.api.ceremony;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
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

    /** Each signatory's tablet connections, each with whether it is closing; changed under its own lock. */
    private final Map<UUID, Map<String, Boolean>> tablets = new HashMap<>();

    private final Map<UUID, Set<String>> screens = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> lastStrokes = new ConcurrentHashMap<>();

    void tabletConnected(UUID signatoryId, String sessionId) {
        synchronized (tablets) {
            tablets.computeIfAbsent(signatoryId, id -> new HashMap<>()).put(sessionId, false);
        }
    }

    /**
     * Marks a tablet connection as closing, still shown as connected until {@link #tabletGone} (once its
     * disconnection is dealt with); answers whether it was the signatory's last open connection here. Of two
     * connections of one tablet closing at once, exactly one is the last.
     */
    boolean tabletClosing(UUID signatoryId, String sessionId) {
        synchronized (tablets) {
            Map<String, Boolean> sessions = tablets.get(signatoryId);
            if (sessions == null) {
                return true;
            }
            sessions.replace(sessionId, true);
            return !sessions.containsValue(false);
        }
    }

    void tabletGone(UUID signatoryId, String sessionId) {
        synchronized (tablets) {
            Map<String, Boolean> sessions = tablets.get(signatoryId);
            if (sessions != null) {
                sessions.remove(sessionId);
                if (sessions.isEmpty()) {
                    tablets.remove(signatoryId);
                }
            }
        }
    }

    boolean tabletConnected(UUID signatoryId) {
        synchronized (tablets) {
            return tablets.containsKey(signatoryId);
        }
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
