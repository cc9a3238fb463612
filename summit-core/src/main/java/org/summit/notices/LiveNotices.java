package org.summit.notices;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.notifications.NoticeCreated;

/**
 * The notifications written for people as they are written, for whoever in this process follows one person's
 * notifications live (the bell of an open page, over Server-Sent Events). Fed by {@link NoticesLiveListener} from the
 * notifications topic, so every instance hears of every notification, whichever process wrote it.
 */
@Singleton
public class LiveNotices {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNotices.class);

    private final Map<String, Set<Consumer<NoticeCreated>>> followers = new ConcurrentHashMap<>();

    /**
     * Calls {@code follower} with each notification written for {@code recipient} from now on, until the returned
     * handle is closed. The follower runs on the consumer's thread, so it must hand the news on and return at once.
     */
    public AutoCloseable follow(String recipient, Consumer<NoticeCreated> follower) {
        String person = Recipients.key(recipient);
        followers.computeIfAbsent(person, key -> ConcurrentHashMap.newKeySet()).add(follower);
        return () -> followers.computeIfPresent(person, (key, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** How many followers of {@code recipient} this process has now. */
    public int followers(String recipient) {
        Set<Consumer<NoticeCreated>> set = followers.get(Recipients.key(recipient));
        return set == null ? 0 : set.size();
    }

    void announce(NoticeCreated created) {
        if (created.recipient() == null) {
            return;
        }
        for (Consumer<NoticeCreated> follower : followers.getOrDefault(Recipients.key(created.recipient()), Set.of())) {
            try {
                follower.accept(created);
            } catch (RuntimeException e) {
                // One broken connection must not keep the news from the person's other pages.
                LOG.warn(
                        "A follower of {}'s notifications failed to take {}",
                        created.recipient(),
                        created.noticeId(),
                        e);
            }
        }
    }
}
