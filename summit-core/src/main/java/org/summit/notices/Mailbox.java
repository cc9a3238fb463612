package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.ConflictException;
import org.summit.shared.NotFoundException;

/**
 * The e-mails Summit wrote, for organisers to open: what was sent, what waits to be sent or for a digest, what was
 * kept because no SMTP server is configured (so that the embedded default shows what would have gone out), and the
 * dead letters, which failed every attempt and go back in the queue when an organiser retries them.
 */
@Singleton
public class Mailbox {

    private final MailRepository mails;
    private final Clock clock;

    Mailbox(MailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * The newest {@code limit} e-mails (20 when null, at most 100), only those in {@code state} when given; refuses a
     * limit out of range, naming {@code limit}.
     */
    public List<Mail> list(@Nullable MailState state, @Nullable Integer limit) {
        Pageable page = Pageable.from(0, Limits.check(limit));
        return state == null
                ? mails.findAllOrderByCreatedAtDesc(page)
                : mails.findByStateOrderByCreatedAtDesc(state, page);
    }

    /** How many e-mails are in each state, every state listed (0 for none). */
    public Map<MailState, Long> counts() {
        Map<MailState, Long> counts = new EnumMap<>(MailState.class);
        for (MailState state : MailState.values()) {
            counts.put(state, mails.countByState(state));
        }
        return counts;
    }

    /** One e-mail, with its text, HTML and calendar; 404 {@code mailbox.mail.not-found}. */
    public Mail find(UUID id) {
        return mails.findById(id).orElseThrow(() -> new NotFoundException(NoticesProblem.MAIL_NOT_FOUND, Map.of()));
    }

    /**
     * Puts a dead letter back in the sender's queue, due at once, with its attempts counted afresh. 404
     * {@code mailbox.mail.not-found}; 409 {@code mailbox.retry.not-dead} for an e-mail that is not (or no longer)
     * dead, for example one retried a moment ago by another organiser.
     */
    @Transactional
    public Mail retry(UUID id) {
        Mail mail = find(id);
        // The update itself checks the state, so two organisers retrying at once put it back once.
        if (mails.retry(id, clock.instant()) == 0) {
            throw new ConflictException(
                    NoticesProblem.MAIL_NOT_DEAD,
                    Map.of("state", find(id).state().name()));
        }
        return find(id);
    }
}
