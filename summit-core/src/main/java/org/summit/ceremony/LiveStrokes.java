package org.summit.ceremony;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.summit.events.ceremony.StrokePoint;

/**
 * The strokes of the ceremonies being signed, as this process read them from the stroke topic, and the screens
 * watching them. A screen that connects gets everything read so far and then every new batch, under one lock, so it
 * misses none and sees none twice; every batch is passed on once per signatory and number, however often the topic
 * holds it. A sealed ceremony is forgotten: its screens show the sealed record.
 */
@Singleton
public class LiveStrokes {

    /**
     * A batch of points or a clear ({@code points} empty), as screens draw it, with the message a screen is sent for it
     * ({@code wire}), written once for all screens.
     */
    public record Item(
            UUID signatoryId, long seq, boolean cleared, List<StrokePoint> points, Instant acceptedAt, String wire) {}

    /** What a screen hears: strokes, and that the ceremony changed (a signatory called, confirmed… or the seal). */
    public interface Watcher {
        void strokes(Item item);

        void changed(String eventType);
    }

    private final Map<UUID, Stream> streams = new HashMap<>();
    private final Set<UUID> forgotten = new HashSet<>();

    /** Everything read so far of a ceremony, then every new batch and change, until {@code unwatch}. */
    public synchronized List<Item> watch(UUID ceremonyId, Watcher watcher) {
        Stream stream = streams.computeIfAbsent(ceremonyId, id -> new Stream());
        stream.watchers.add(watcher);
        return List.copyOf(stream.items);
    }

    public synchronized void unwatch(UUID ceremonyId, Watcher watcher) {
        Stream stream = streams.get(ceremonyId);
        if (stream != null) {
            stream.watchers.remove(watcher);
        }
    }

    synchronized void add(UUID ceremonyId, Item item) {
        if (forgotten.contains(ceremonyId)) {
            return;
        }
        Stream stream = streams.computeIfAbsent(ceremonyId, id -> new Stream());
        if (!stream.seen.add(item.signatoryId() + "/" + item.seq())) {
            return;
        }
        stream.items.add(item);
        for (Watcher watcher : stream.watchers) {
            watcher.strokes(item);
        }
    }

    synchronized void changed(UUID ceremonyId, String eventType, boolean sealed) {
        Stream stream = streams.get(ceremonyId);
        if (stream != null) {
            stream.watchers.forEach(watcher -> watcher.changed(eventType));
            if (sealed) {
                stream.items.clear();
                stream.seen.clear();
            }
        }
        if (sealed) {
            forgotten.add(ceremonyId);
        }
    }

    synchronized void forget(UUID ceremonyId) {
        changed(ceremonyId, "DeclarationSealed", true);
    }

    private static final class Stream {
        private final List<Item> items = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    }
}
