package org.summit.notifications.delivery;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest: for each person whose e-mails wait for it (state {@code DIGEST}), one e-mail (kind
 * {@code digest}) that says what each of them said, with their calendar attachments merged into one; the e-mails it
 * carries become {@code SENT}, with the digest's id ({@code digest_id}) and its time. Its event id is made from the
 * person and the day, so that a person gets at most one digest a day however many processes run it, or how often:
 * what arrives after that day's digest waits for the next day's.
 */
@Singleton
public class Digests {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);

    private final MailQueueRepository queue;
    private final DigestWriter writer;
    private final NotificationSettings settings;

    Digests(MailQueueRepository queue, DigestWriter writer, NotificationSettings settings) {
        this.queue = queue;
        this.writer = writer;
        this.settings = settings;
    }

    /**
     * Writes the digests due at {@code at}: for the day {@code at} falls on in {@code summit.notifications.zone}, of
     * the e-mails written until then. Returns how many digests it wrote.
     */
    public int run(Instant at) {
        LocalDate day = at.atZone(settings.zone()).toLocalDate();
        int written = 0;
        for (String recipient : queue.waitingForDigest(at)) {
            try {
                if (writer.write(recipient, day, at)) {
                    written++;
                }
            } catch (DataAccessException raced) {
                // Another process wrote the same person's digest of the day at the same moment: its is the one.
                LOG.info("The digest of {} for {} was written elsewhere", recipient, day);
            }
        }
        if (written > 0) {
            LOG.info("Wrote {} digests for {}", written, day);
        }
        return written;
    }

    /** The event id of a person's digest of a day: the same wherever and however often it is made. */
    public static UUID eventId(String recipient, LocalDate day) {
        return UUID.nameUUIDFromBytes(("digest:" + recipient + ":" + day).getBytes(StandardCharsets.UTF_8));
    }
}
