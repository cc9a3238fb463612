package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.NotFoundException;

/**
 * A person's in-app notifications, as summit-notifications wrote them: listed newest first with how many are unread,
 * and marked read one by one or all at once. Each person sees and marks only their own ({@link Recipients#key}); a
 * notification of someone else is answered as one that does not exist.
 */
@Singleton
public class NoticeCentre {

    /**
     * One page of a person's notifications.
     *
     * @param notices newest first, at most the limit asked for
     * @param unread how many of all their notifications are unread
     * @param total how many notifications they have, read or not (or unread only, when only those were asked for)
     */
    public record Inbox(List<Notice> notices, long unread, long total) {}

    /**
     * A notification just marked read, and how many are unread now.
     *
     * @param notice as it is now
     * @param unread how many of the person's notifications are still unread
     */
    public record Marked(Notice notice, long unread) {}

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeCentre(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The newest {@code limit} notifications of {@code recipient} (20 when null, at most 100), unread ones only if
     * {@code unreadOnly}; refuses a limit out of range, naming {@code limit}.
     */
    public Inbox of(String recipient, boolean unreadOnly, @Nullable Integer limit) {
        String person = Recipients.key(recipient);
        Pageable page = Pageable.from(0, Limits.check(limit));
        long unread = notices.countByRecipientAndReadAtIsNull(person);
        List<Notice> found = unreadOnly
                ? notices.findByRecipientAndReadAtIsNullOrderByCreatedAtDesc(person, page)
                : notices.findByRecipientOrderByCreatedAtDesc(person, page);
        return new Inbox(found, unread, unreadOnly ? unread : notices.countByRecipient(person));
    }

    /** How many of {@code recipient}'s notifications are unread. */
    public long unread(String recipient) {
        return notices.countByRecipientAndReadAtIsNull(Recipients.key(recipient));
    }

    /**
     * Marks one of {@code recipient}'s own notifications read; one already read stays read since the first time.
     * 404 {@code notice.not-found} for a notification that does not exist or is someone else's.
     */
    @Transactional
    public Marked markRead(String recipient, UUID noticeId) {
        String person = Recipients.key(recipient);
        notices.findById(noticeId)
                .filter(notice -> notice.recipient().equals(person))
                .orElseThrow(() -> new NotFoundException(NoticesProblem.NOTICE_NOT_FOUND, Map.of()));
        notices.markRead(noticeId, person, clock.instant());
        Notice marked = notices.findById(noticeId).orElseThrow();
        return new Marked(marked, notices.countByRecipientAndReadAtIsNull(person));
    }

    /** Marks every unread notification of {@code recipient} read; returns how many it marked. */
    @Transactional
    public int markAllRead(String recipient) {
        return notices.markAllRead(Recipients.key(recipient), clock.instant());
    }
}
