package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.AuditOutcome;

/**
 * Attempts refused by a throttle cost nothing to send (no password is hashed), so recording each would let anyone
 * flood the audit log. They are counted instead: one entry per action, client address and subject (the e-mail
 * tried) and window of {@link #WINDOW} from the first refusal, with the {@code count}, the {@code first} and the
 * {@code last} refusal in its details, written when the window closes (and at a stop). The failed attempts that led
 * to the throttle are each recorded at once, by whoever checked them.
 */
@Singleton
class RefusedAttemptsAudit {

    static final Duration WINDOW = LoginThrottle.WINDOW;

    /** Beyond this many open tallies, new subjects of an address are counted together (subject "*"). */
    static final int MAX_TALLIES = 10_000;

    private final AuditLog log;
    private final Clock clock;
    private final Map<Key, Tally> open = new HashMap<>();

    RefusedAttemptsAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    private record Key(AuditAction action, String address, String subject) {}

    private static final class Tally {
        private final Instant first;
        private final @Nullable String actor;
        private Instant last;
        private int count;

        private Tally(Instant first, @Nullable String actor) {
            this.first = first;
            this.actor = actor;
            this.last = first;
        }
    }

    /** Counts one refused attempt. */
    synchronized void refused(AuditAction action, @Nullable String actor, String subject, String address) {
        Instant now = clock.instant();
        Key key = new Key(action, address, subject);
        if (!open.containsKey(key) && open.size() >= MAX_TALLIES) {
            key = new Key(action, address, "*");
        }
        Tally tally = open.computeIfAbsent(key, unused -> new Tally(now, actor));
        tally.count++;
        tally.last = now;
    }

    @Scheduled(fixedDelay = "30s", initialDelay = "30s")
    void writeClosedWindows() {
        writeWindowsClosedBy(clock.instant());
    }

    @PreDestroy
    void writeAll() {
        writeWindowsClosedBy(Instant.MAX);
    }

    /** Writes one entry for every window that has closed by {@code now}; returns how many. */
    int writeWindowsClosedBy(Instant now) {
        List<Map.Entry<Key, Tally>> closed = new ArrayList<>();
        synchronized (this) {
            var entries = open.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<Key, Tally> entry = entries.next();
                if (now == Instant.MAX || !now.isBefore(entry.getValue().first.plus(WINDOW))) {
                    closed.add(Map.entry(entry.getKey(), entry.getValue()));
                    entries.remove();
                }
            }
        }
        for (Map.Entry<Key, Tally> entry : closed) {
            Key key = entry.getKey();
            Tally tally = entry.getValue();
            log.record(
                    tally.actor,
                    key.action(),
                    key.subject(),
                    key.address(),
                    AuditOutcome.REFUSED,
                    Map.of("count", tally.count, "first", tally.first.toString(), "last", tally.last.toString()));
        }
        return closed.size();
    }
}
