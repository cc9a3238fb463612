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
    private final Map<UUID, Integer> newest = new ConcurrentHashMap<>();

    /**
     * The highest release number of {@code summitId} this process has heard of (published here, or announced on the
     * topic), 0 if none: a cache of the latest release is stale when it holds a lower one. Raised before any follower
     * hears of the release, so a page that refetches on the news never gets the release before it from a cache.
     */
    public int newest(UUID summitId) {
        return newest.getOrDefault(summitId, 0);
    }

    /** A release published by this process (it is announced on the topic a moment later). */
    void published(UUID summitId, int release) {
        newest.merge(summitId, release, Math::max);
    }

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
        published(summitId, release.release());
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
