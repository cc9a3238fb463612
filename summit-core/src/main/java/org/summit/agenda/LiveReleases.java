package org.summit.agenda;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.agenda.AgendaPublished;

/**
 * The releases of the programme as they are published, for whoever in this process follows a summit's agenda live
 * (an open agenda page over Server-Sent Events). Fed by {@link AgendaLiveListener} from the agenda topic, so every
 * instance hears of every release, whichever instance published it.
 */
@Singleton
public class LiveReleases {

    private static final Logger LOG = LoggerFactory.getLogger(LiveReleases.class);

    private final Map<UUID, Set<Consumer<AgendaPublished>>> followers = new ConcurrentHashMap<>();

    /**
     * Calls {@code follower} with each release of {@code summitId} published from now on, until the returned handle
     * is closed. The follower runs on the consumer's thread, so it must hand the release on and return at once.
     */
    public AutoCloseable follow(UUID summitId, Consumer<AgendaPublished> follower) {
        followers.computeIfAbsent(summitId, id -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> followers.computeIfPresent(summitId, (id, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many followers of {@code summitId} this process has now. */
    public int followers(UUID summitId) {
        Set<Consumer<AgendaPublished>> set = followers.get(summitId);
        return set == null ? 0 : set.size();
    }

    void announce(AgendaPublished release) {
        UUID summitId;
        try {
            summitId = UUID.fromString(release.summitId());
        } catch (IllegalArgumentException notOurs) {
            return;
        }
        for (Consumer<AgendaPublished> follower : followers.getOrDefault(summitId, Set.of())) {
            try {
                follower.accept(release);
            } catch (RuntimeException e) {
                // One broken connection must not keep the release from the other pages.
                LOG.warn("A follower of summit {} failed to take release {}", summitId, release.release(), e);
            }
        }
    }
}
