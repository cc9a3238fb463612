package org.summit.notifications.delivery;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.NoticeKind;
import org.summit.notices.NoticePreference;
import org.summit.notices.NoticePreferenceRepository;
import org.summit.notifications.messages.CalendarWriter;
import org.summit.notifications.messages.Language;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.Phrase;

/** Writes one person's digest of a day, in one transaction with marking what it carries. */
@Singleton
class DigestWriter {

    private static final String SIGNATURE = "\n-- \n";

    private final MailRepository mails;
    private final MailQueueRepository queue;
    private final NoticePreferenceRepository preferences;
    private final People people;
    private final Notifier notifier;
    private final CalendarWriter calendars;
    private final Clock clock;

    DigestWriter(
            MailRepository mails,
            MailQueueRepository queue,
            NoticePreferenceRepository preferences,
            People people,
            Notifier notifier,
            CalendarWriter calendars,
            Clock clock) {
        this.mails = mails;
        this.queue = queue;
        this.preferences = preferences;
        this.people = people;
        this.notifier = notifier;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * Whether it wrote the digest of {@code day}, carrying the e-mails written until {@code at}: not when the day's
     * is written already or nothing waits. The digest itself is due at once.
     */
    @Transactional
    public boolean write(String recipient, LocalDate day, Instant at) {
        UUID eventId = Digests.eventId(recipient, day);
        if (mails.existsByRecipientAndKindAndEventId(recipient, NoticeKind.DIGEST.code(), eventId)) {
            return false;
        }
        List<Mail> carried = mails.findByStateAndRecipientOrderByCreatedAtAsc(MailState.DIGEST, recipient).stream()
                .filter(mail -> !mail.createdAt().isAfter(at))
                .toList();
        if (carried.isEmpty()) {
            return false;
        }
        Person person = people.byAddress(recipient, recipient);
        NoticePreference preference = preferences.findById(recipient).orElse(null);
        Language language = notifier.languageOf(person, preference);
        Letter letter = Letter.of(NoticeKind.DIGEST, eventId, "/")
                .title(Phrase.literal(String.valueOf(carried.size())))
                .items(carried.stream()
                        .map(mail -> new Letter.Item(Phrase.literal(mail.subject()), Phrase.literal(excerpt(mail))))
                        .toList());
        String calendar = calendars
                .merge(
                        carried.stream()
                                .map(Mail::calendar)
                                .filter(Objects::nonNull)
                                .toList(),
                        language)
                .orElse(null);
        Instant now = clock.instant();
        Mail digest = mails.save(notifier.mail(person, preference, letter, calendar, now));
        queue.carriedBy(digest.id(), now, carried.stream().map(Mail::id).toList());
        return true;
    }

    /**
     * What an e-mail said, without its greeting (its first paragraph) and its signature (after the {@code "-- "} line):
     * {@code mail.txt} writes them so.
     */
    static String excerpt(Mail mail) {
        String text = mail.textBody().replace("\r\n", "\n");
        int signature = text.indexOf(SIGNATURE);
        if (signature >= 0) {
            text = text.substring(0, signature);
        }
        int greeting = text.indexOf("\n\n");
        if (greeting >= 0) {
            text = text.substring(greeting + 2);
        }
        return text.strip();
    }
}
