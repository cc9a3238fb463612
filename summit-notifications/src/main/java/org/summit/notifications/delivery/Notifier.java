package org.summit.notifications.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeKind;
import org.summit.notices.NoticePreference;
import org.summit.notices.NoticePreferenceRepository;
import org.summit.notices.NoticeRepository;
import org.summit.notifications.messages.Language;
import org.summit.notifications.messages.Letter;
import org.summit.notifications.messages.RenderedMail;
import org.summit.notifications.messages.Renderer;
import org.summit.shared.LocalizedText;
import org.summit.shared.outbox.Outbox;

/**
 * Writes a {@link Letter} for people, in the transaction of the event that caused it: for each person at most one
 * in-app notification and one e-mail of the letter's kind and event (checked first; the tables' unique keys hold it
 * too), as their preferences say. The in-app notification is stored in both languages and announced with
 * {@code NoticeCreated} through the outbox; the e-mail is rendered now, in the person's language (their preference,
 * else their delegation's, else the default), and waits for the sender ({@code PENDING}), for their daily digest
 * ({@code DIGEST}), or, without an SMTP server, in the mailbox ({@code KEPT}).
 */
@Singleton
public class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final int LINE = 1000;

    private final NoticeRepository notices;
    private final MailRepository mails;
    private final NoticePreferenceRepository preferences;
    private final Outbox outbox;
    private final Renderer renderer;
    private final NotificationSettings settings;
    private final SmtpSettings smtp;
    private final Clock clock;

    Notifier(
            NoticeRepository notices,
            MailRepository mails,
            NoticePreferenceRepository preferences,
            Outbox outbox,
            Renderer renderer,
            NotificationSettings settings,
            SmtpSettings smtp,
            Clock clock) {
        this.notices = notices;
        this.mails = mails;
        this.preferences = preferences;
        this.outbox = outbox;
        this.renderer = renderer;
        this.settings = settings;
        this.smtp = smtp;
        this.clock = clock;
    }

    /** What one letter wrote: the in-app notifications and the e-mails that did not exist yet. */
    public record Written(List<Notice> notices, List<Mail> mails) {}

    /** Writes the letter for each person once (a person named twice is written to once). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Written send(Collection<Person> people, Letter letter) {
        Map<String, Person> byKey = new LinkedHashMap<>();
        people.forEach(person -> byKey.putIfAbsent(person.key(), person));
        List<Notice> written = new ArrayList<>();
        List<Mail> queued = new ArrayList<>();
        LocalizedText title = null;
        LocalizedText body = null;
        Instant now = clock.instant();
        for (Person person : byKey.values()) {
            NoticePreference preference = preferences.findById(person.key()).orElse(null);
            if (inApp(letter.kind())
                    && !off(preference == null ? null : preference.inAppOff(), letter.kind())
                    && !notices.existsByRecipientAndKindAndEventId(
                            person.key(), letter.kind().code(), letter.eventId())) {
                if (title == null) {
                    title = renderer.title(letter);
                    body = renderer.body(letter);
                }
                Notice notice = notices.save(new Notice(
                        UUID.randomUUID(),
                        person.key(),
                        letter.kind().code(),
                        letter.eventId(),
                        line(title.zhHant()),
                        line(title.en()),
                        body.zhHant(),
                        body.en(),
                        letter.link(),
                        now,
                        null));
                outbox.append(new NoticeCreated(notice.id().toString(), notice.recipient(), notice.kind()));
                written.add(notice);
            }
            if ((!letter.kind().optional() || !off(preference == null ? null : preference.emailOff(), letter.kind()))
                    && !mails.existsByRecipientAndKindAndEventId(
                            person.key(), letter.kind().code(), letter.eventId())) {
                queued.add(mails.save(mail(person, preference, letter, null, now)));
            }
        }
        if (!written.isEmpty() || !queued.isEmpty()) {
            LOG.info(
                    "Notified {} of {} {}: {} in the app, {} by e-mail",
                    byKey.size() == 1 ? "1 person" : byKey.size() + " people",
                    letter.kind().code(),
                    letter.eventId(),
                    written.size(),
                    queued.size());
        }
        return new Written(written, queued);
    }

    /** The e-mail of a letter for one person, as {@link #send} writes it; {@code calendar} replaces the letter's. */
    Mail mail(
            Person person,
            @Nullable NoticePreference preference,
            Letter letter,
            @Nullable String calendar,
            Instant now) {
        Language language = languageOf(person, preference);
        RenderedMail rendered = renderer.mail(letter, language, person.name(), calendar);
        MailState state;
        if (letter.kind().optional() && preference != null && preference.emailDigest()) {
            state = MailState.DIGEST;
        } else {
            state = smtp.configured() ? MailState.PENDING : MailState.KEPT;
        }
        return new Mail(
                UUID.randomUUID(),
                person.key(),
                letter.kind().code(),
                letter.eventId(),
                language.tag(),
                line(rendered.subject()),
                rendered.text(),
                rendered.html(),
                rendered.calendar(),
                state,
                0,
                now,
                null,
                now,
                null);
    }

    /** The language to write to a person in: their preference, else their delegation's, else the default. */
    Language languageOf(Person person, @Nullable NoticePreference preference) {
        if (preference != null) {
            var chosen = Language.ofTag(preference.language());
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return person.language() != null ? person.language() : settings.defaultLanguage();
    }

    /** The kinds that are e-mail only: an invitation, a digest. */
    private static boolean inApp(NoticeKind kind) {
        return kind != NoticeKind.ACCOUNT_INVITATION && kind != NoticeKind.DIGEST;
    }

    private static boolean off(@Nullable String kinds, NoticeKind kind) {
        if (kinds == null || kinds.isBlank()) {
            return false;
        }
        Set<String> codes = Arrays.stream(kinds.split(",")).map(String::strip).collect(Collectors.toSet());
        return kind.optional() && codes.contains(kind.code());
    }

    private static String line(String text) {
        return text.length() <= LINE ? text : text.substring(0, LINE - 1) + "…";
    }
}
