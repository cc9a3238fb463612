package org.summit.notifications.delivery;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.notifications.MailDeadLettered;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.shared.outbox.Outbox;

/**
 * The e-mails waiting to be sent, as the sender works through them: each step is one short transaction, so that what
 * the SMTP server accepted is recorded at once and a crash loses no more than the e-mail in flight.
 */
@Singleton
class MailQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MailQueue.class);
    private static final int ERROR_LENGTH = 1000;

    private final MailRepository mails;
    private final MailQueueRepository queue;
    private final Outbox outbox;
    private final SenderSettings settings;
    private final Clock clock;

    MailQueue(MailRepository mails, MailQueueRepository queue, Outbox outbox, SenderSettings settings, Clock clock) {
        this.mails = mails;
        this.queue = queue;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A batch of due e-mails, each claimed for this sender until {@code leaseUntil}. */
    record Batch(List<Mail> mails, Instant leaseUntil) {}

    /**
     * Claims up to {@code limit} due e-mails, the longest waiting first; those another sender took are skipped. Each
     * claim commits on its own (no transaction around them), so that no row stays locked while the batch is sent.
     */
    public Batch claim(int limit) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(settings.lease());
        List<Mail> claimed = new ArrayList<>();
        for (Mail due : mails.findByStateAndNextAttemptAtLessThanEqualsOrderByNextAttemptAtAsc(
                MailState.PENDING, now, Pageable.from(0, limit))) {
            if (queue.claim(due.id(), now, leaseUntil) == 1) {
                claimed.add(due);
            }
        }
        return new Batch(claimed, leaseUntil);
    }

    /** The SMTP server accepted it. */
    @Transactional
    public void sent(Mail mail) {
        queue.sent(mail.id(), clock.instant());
    }

    /**
     * Sending it failed: it waits its backoff, or, at its last attempt, is dead and goes to the dead-letter topic
     * (through the outbox, in the same transaction).
     */
    @Transactional
    public void failed(Mail claimed, String error) {
        Mail mail = mails.findById(claimed.id()).orElse(null);
        if (mail == null || mail.state() != MailState.PENDING) {
            return;
        }
        int attempts = mail.attempts() + 1;
        String said = error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= settings.maxAttempts()) {
            if (queue.dead(mail.id(), attempts, said) == 1) {
                outbox.append(
                        new MailDeadLettered(mail.id().toString(), mail.recipient(), mail.kind(), attempts, said));
                LOG.warn("E-mail {} ({}) is dead after {} attempts: {}", mail.id(), mail.kind(), attempts, said);
            }
        } else {
            Instant next = clock.instant().plus(settings.backoff(attempts));
            queue.deferred(mail.id(), attempts, next, said);
            LOG.info("E-mail {} failed (attempt {}), next at {}: {}", mail.id(), attempts, next, said);
        }
    }

    /** Gives back claimed e-mails that were not tried (the sender is stopping, or its lease runs out). */
    @Transactional
    public void release(List<Mail> untried, Instant leaseUntil) {
        Instant now = clock.instant();
        untried.forEach(mail -> queue.release(mail.id(), leaseUntil, now));
    }
}
