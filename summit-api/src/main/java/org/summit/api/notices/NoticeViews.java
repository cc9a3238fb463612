package org.summit.api.notices;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.notices.Mail;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeCentre;
import org.summit.notices.NoticePreferences;
import org.summit.shared.LocalizedText;

/** What the notifications' and the mailbox's HTTP API sends and reads. */
final class NoticeViews {

    private NoticeViews() {}

    /**
     * One of my notifications.
     *
     * @param kind what it is about
     * @param title a line saying what changed, in both languages
     * @param body the change in a few sentences, in both languages
     * @param link a path of the app to open for it, for example {@code /delegate}; null when there is none
     * @param createdAt when it was written
     * @param readAt when I marked it read; null while unread
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Notice")
    record NoticeView(
            UUID id,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {
                        "session.changed",
                        "exchange.requested",
                        "exchange.accepted",
                        "exchange.declined",
                        "exchange.scheduled",
                        "exchange.rescheduled",
                        "exchange.cancelled",
                        "ceremony.called",
                        "ceremony.sealed",
                        "organiser.conflict",
                        "organiser.unplaced",
                        "staff.tablet-disconnected",
                        "account.invitation",
                        "digest"
                    })
            String kind,

            LocalizedText title,
            LocalizedText body,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt,
            boolean read) {

        static NoticeView of(Notice notice) {
            return new NoticeView(
                    notice.id(),
                    notice.kind(),
                    notice.title(),
                    notice.body(),
                    notice.link(),
                    notice.createdAt(),
                    notice.readAt(),
                    notice.read());
        }
    }

    /**
     * My notifications, newest first.
     *
     * @param notices at most the limit asked for
     * @param unread how many of all my notifications are unread
     * @param total how many there are to list (all mine, or my unread ones when only those were asked for)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticeList")
    record NoticeList(List<NoticeView> notices, long unread, long total) {

        static NoticeList of(NoticeCentre.Inbox inbox) {
            return new NoticeList(inbox.notices().stream().map(NoticeView::of).toList(), inbox.unread(), inbox.total());
        }
    }

    /**
     * A notification I just marked read, and how many of mine are still unread.
     *
     * @param notice as it is now
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticeMarkedRead")
    record MarkedRead(NoticeView notice, long unread) {}

    /**
     * Every notification of mine marked read.
     *
     * @param marked how many were unread and are read now
     * @param unread how many are unread now (0, unless one arrived meanwhile)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticesMarkedRead")
    record AllMarkedRead(int marked, long unread) {}

    /**
     * What the live stream of my notifications says.
     *
     * @param unread how many of my notifications are unread now; null in a heartbeat
     * @param noticeId in a {@code notice} event, the notification just written; null otherwise
     * @param kind in a {@code notice} event, what it is about; null otherwise
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticeLiveEvent")
    record LiveEvent(
            @Nullable Long unread,
            @Nullable String noticeId,
            @Nullable String kind) {}

    /**
     * One kind of notification and the channels it reaches me on.
     *
     * @param kind the kind, one of those my role receives
     * @param inApp whether it is shown in the app
     * @param email whether it is e-mailed
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticeChoice")
    record ChoiceView(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {
                        "session.changed",
                        "exchange.requested",
                        "exchange.accepted",
                        "exchange.declined",
                        "exchange.scheduled",
                        "exchange.rescheduled",
                        "exchange.cancelled",
                        "ceremony.called",
                        "ceremony.sealed",
                        "organiser.conflict",
                        "organiser.unplaced",
                        "staff.tablet-disconnected"
                    })
            String kind,

            boolean inApp,
            boolean email) {}

    /**
     * My notification preferences.
     *
     * @param language the language e-mails are written to me in; null for my delegation's choice or the default
     * @param emailDigest whether my e-mails wait for one daily digest instead of going at once
     * @param kinds every kind my role receives and may turn off, with its channels; in a change, the kinds left out
     *     keep what they were
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "NoticePreferences")
    record PreferencesView(
            @Nullable
            @Schema(
                    allowableValues = {"zh-Hant", "en"},
                    nullable = true)
            String language,

            boolean emailDigest,
            List<ChoiceView> kinds) {

        static PreferencesView of(NoticePreferences.Preferences preferences) {
            return new PreferencesView(
                    preferences.language(),
                    preferences.emailDigest(),
                    preferences.kinds().stream()
                            .map(choice -> new ChoiceView(choice.kind(), choice.inApp(), choice.email()))
                            .toList());
        }

        NoticePreferences.Preferences toPreferences() {
            return new NoticePreferences.Preferences(
                    language,
                    emailDigest,
                    kinds == null
                            ? List.of()
                            : kinds.stream()
                                    .map(choice -> choice == null
                                            ? null
                                            : new NoticePreferences.Choice(
                                                    choice.kind(), choice.inApp(), choice.email()))
                                    .toList());
        }
    }

    /**
     * An e-mail of the mailbox, without its content.
     *
     * @param recipient to whom, by e-mail address
     * @param kind what it is about
     * @param language the language it is written in
     * @param state where its delivery stands
     * @param attempts how often sending it failed
     * @param lastError what the SMTP server or the connection said the last time it failed; null if it never did
     * @param calendar whether it has an iCalendar attachment
     * @param createdAt when it was written
     * @param nextAttemptAt when the sender tries it next (while pending)
     * @param sentAt when the SMTP server accepted it; null until then
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MailSummary")
    record MailSummary(
            UUID id,
            String recipient,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {
                        "session.changed",
                        "exchange.requested",
                        "exchange.accepted",
                        "exchange.declined",
                        "exchange.scheduled",
                        "exchange.rescheduled",
                        "exchange.cancelled",
                        "ceremony.called",
                        "ceremony.sealed",
                        "organiser.conflict",
                        "organiser.unplaced",
                        "staff.tablet-disconnected",
                        "account.invitation",
                        "digest"
                    })
            String kind,

            String language,
            String subject,
            MailState state,
            int attempts,
            @Nullable String lastError,
            boolean calendar,
            Instant createdAt,
            Instant nextAttemptAt,
            @Nullable Instant sentAt) {

        static MailSummary of(Mail mail) {
            return new MailSummary(
                    mail.id(),
                    mail.recipient(),
                    mail.kind(),
                    mail.language(),
                    mail.subject(),
                    mail.state(),
                    mail.attempts(),
                    mail.lastError(),
                    mail.calendar() != null,
                    mail.createdAt(),
                    mail.nextAttemptAt(),
                    mail.sentAt());
        }
    }

    /**
     * One e-mail as it was written.
     *
     * @param mail what the mailbox lists of it
     * @param textBody the plain text part
     * @param htmlBody the HTML part, to show in a sandboxed frame (never in the page itself)
     * @param calendar the iCalendar (RFC 5545) attachment for a change of time; null for other e-mails
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Mail")
    record MailView(
            MailSummary mail,
            String textBody,
            String htmlBody,
            @Nullable String calendar) {

        static MailView of(Mail mail) {
            return new MailView(MailSummary.of(mail), mail.textBody(), mail.htmlBody(), mail.calendar());
        }
    }

    /** How many e-mails are in each state. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "MailCounts")
    record MailCounts(long pending, long sent, long digest, long kept, long dead) {

        static MailCounts of(Map<MailState, Long> counts) {
            return new MailCounts(
                    counts.getOrDefault(MailState.PENDING, 0L),
                    counts.getOrDefault(MailState.SENT, 0L),
                    counts.getOrDefault(MailState.DIGEST, 0L),
                    counts.getOrDefault(MailState.KEPT, 0L),
                    counts.getOrDefault(MailState.DEAD, 0L));
        }
    }

    /**
     * The mailbox: the newest e-mails, of one state when asked, and how many there are in each state.
     *
     * @param mails newest first, at most the limit asked for
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Mailbox")
    record MailboxView(List<MailSummary> mails, MailCounts counts) {}
}
