package org.summit.notifications.delivery;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.notices.Mail;

/**
 * Sends the e-mails waiting in the queue, on a thread of its own, every {@code summit.notifications.sender.interval}:
 * it claims a batch of due e-mails (so that no other process sends them too), sends them over one SMTP connection,
 * and records each one as sent in its own transaction as soon as the server accepted it. A failed e-mail waits its
 * backoff and, after the last attempt, is dead; when the server cannot be reached at all, the whole batch is
 * deferred without trying each e-mail. On stop it finishes the e-mail it is sending, records it, gives the rest of its
 * batch back and sends no more. Without an SMTP server it does not run: e-mails are kept in the mailbox.
 */
@Singleton
class MailSender {

    private static final Logger LOG = LoggerFactory.getLogger(MailSender.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final MailQueue queue;
    private final SmtpGateway smtp;
    private final SmtpSettings server;
    private final SenderSettings settings;
    private final Clock clock;
    private volatile boolean stopping;
    private ScheduledExecutorService executor;

    MailSender(MailQueue queue, SmtpGateway smtp, SmtpSettings server, SenderSettings settings, Clock clock) {
        this.queue = queue;
        this.smtp = smtp;
        this.server = server;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    synchronized void start(StartupEvent started) {
        if (!settings.enabled()) {
            LOG.info("The e-mail sender is switched off (summit.notifications.sender.enabled)");
            return;
        }
        if (!server.configured()) {
            LOG.info("No SMTP server configured (SUMMIT_SMTP_HOST): e-mails are kept in the mailbox, not sent");
            return;
        }
        if (executor != null || stopping) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "mail-sender"));
        executor.scheduleWithFixedDelay(this::work, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(
                "Sending e-mails through {}:{} ({}), every {} ms, {} at most per connection",
                server.host(),
                server.port(),
                server.tls().name().toLowerCase(java.util.Locale.ROOT),
                settings.interval().toMillis(),
                settings.batchSize());
    }

    /** Lets the e-mail being sent finish and be recorded; sends no more. */
    @PreDestroy
    synchronized void stop() throws InterruptedException {
        stopping = true;
        if (executor == null) {
            return;
        }
        LOG.info("Stopping the e-mail sender: the e-mail being sent is finished and recorded first");
        executor.shutdown();
        if (executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.info("E-mail sender stopped");
        } else {
            LOG.warn("E-mail sender still busy after {} s; stopping without it", STOP_TIMEOUT.toSeconds());
        }
    }

    /** Sends batch after batch while there are full batches due, then waits for the next turn. */
    private void work() {
        try {
            while (!stopping && sendBatch() >= settings.batchSize()) {
                LOG.debug("A full batch was sent; taking the next at once");
            }
        } catch (RuntimeException e) {
            LOG.error("The e-mail sender failed; it tries again at its next turn", e);
        }
    }

    /** Claims and sends one batch; returns how many e-mails it sent. */
    int sendBatch() {
        MailQueue.Batch batch = queue.claim(settings.batchSize());
        List<Mail> mails = batch.mails();
        if (mails.isEmpty()) {
            return 0;
        }
        Transport transport;
        try {
            transport = smtp.connect();
        } catch (MessagingException e) {
            String error = "Cannot reach the SMTP server " + server.host() + ":" + server.port() + ": " + said(e);
            LOG.warn("{}; {} e-mails deferred", error, mails.size());
            mails.forEach(mail -> queue.failed(mail, error));
            return 0;
        }
        int sent = 0;
        int failed = 0;
        // Stop taking e-mails of the batch well before the claim runs out, so that none is sent twice.
        var latest = batch.leaseUntil().minus(settings.lease().dividedBy(2));
        try {
            for (int i = 0; i < mails.size(); i++) {
                Mail mail = mails.get(i);
                if (stopping || clock.instant().isAfter(latest)) {
                    queue.release(mails.subList(i, mails.size()), batch.leaseUntil());
                    LOG.info("Gave {} claimed e-mails back unsent", mails.size() - i);
                    break;
                }
                try {
                    smtp.send(transport, mail);
                } catch (MessagingException e) {
                    failed++;
                    queue.failed(mail, said(e));
                    if (!transport.isConnected()) {
                        String error = "The connection to the SMTP server was lost: " + said(e);
                        List<Mail> rest = mails.subList(i + 1, mails.size());
                        rest.forEach(untried -> queue.failed(untried, error));
                        failed += rest.size();
                        break;
                    }
                    continue;
                }
                queue.sent(mail);
                sent++;
            }
        } finally {
            close(transport);
        }
        LOG.info("Sent {} e-mails{}", sent, failed == 0 ? "" : ", " + failed + " failed");
        return sent;
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the SMTP connection failed", e);
        }
    }

    private static String said(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
            text.append(" (").append(cause.getMessage().strip()).append(')');
        }
        return text.toString();
    }
}
