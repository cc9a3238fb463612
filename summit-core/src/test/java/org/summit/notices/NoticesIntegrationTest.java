package org.summit.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.NoticeKind.Audience;
import org.summit.notices.NoticePreferences.Choice;
import org.summit.notices.NoticePreferences.Preferences;
import org.summit.shared.ConflictException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Refused;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

/**
 * The people's side of notifications on H2 and the suite's broker: the rows stand for what summit-notifications
 * writes. Each person lists and marks only their own notifications; preferences default to everything their role
 * receives and refuse what is not theirs to choose; organisers' mailbox counts, opens and retries dead letters; and a
 * notification announced on the topic reaches the followers of its recipient only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesIntegrationTest implements KafkaTestSupport {

    @Inject
    NoticeCentre centre;

    @Inject
    NoticePreferences preferences;

    @Inject
    Mailbox mailbox;

    @Inject
    LiveNotices live;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> database;

    @Test
    void aPersonListsTheirOwnNotificationsNewestFirstAndMarksThemRead() {
        String ann = person();
        String bob = person();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Notice older = notice(ann, "session.changed", now.minusSeconds(60));
        Notice newer = notice(ann, "exchange.requested", now);
        Notice bobs = notice(bob, "session.changed", now);

        NoticeCentre.Inbox inbox = centre.of(ann.toUpperCase(), false, null);
        assertThat(inbox.notices()).extracting(Notice::id).containsExactly(newer.id(), older.id());
        assertThat(inbox.unread()).isEqualTo(2);
        assertThat(inbox.total()).isEqualTo(2);
        assertThat(centre.of(ann, false, 1).notices()).extracting(Notice::id).containsExactly(newer.id());

        NoticeCentre.Marked marked = centre.markRead(ann, older.id());
        assertThat(marked.notice().read()).isTrue();
        assertThat(marked.unread()).isEqualTo(1);
        Instant firstRead = marked.notice().readAt();
        assertThat(centre.markRead(ann, older.id()).notice().readAt())
                .as("marked again, it keeps the time it was first read")
                .isEqualTo(firstRead);
        assertThat(centre.of(ann, true, null).notices()).extracting(Notice::id).containsExactly(newer.id());
        assertThat(centre.of(ann, true, null).total()).isEqualTo(1);

        assertThat(Refused.code(NotFoundException.class, () -> centre.markRead(ann, bobs.id())))
                .as("someone else's notification is one that does not exist")
                .isEqualTo("notice.not-found");
        assertThat(Refused.code(NotFoundException.class, () -> centre.markRead(ann, UUID.randomUUID())))
                .isEqualTo("notice.not-found");
        assertThat(notices.findById(bobs.id()).orElseThrow().read()).isFalse();

        assertThat(centre.markAllRead(ann)).isEqualTo(1);
        assertThat(centre.unread(ann)).isZero();
        assertThat(centre.unread(bob)).isEqualTo(1);
    }

    @Test
    void aListRefusesALimitOutOfRange() {
        assertThat(Refused.fieldsAndCodes(() -> centre.of(person(), false, 0)))
                .containsExactly(tuple("limit", "notice.limit.out-of-range"));
        assertThat(Refused.fieldsAndCodes(() -> mailbox.list(null, 101)))
                .containsExactly(tuple("limit", "notice.limit.out-of-range"));
    }

    @Test
    void preferencesDefaultToEveryKindOfThePersonsRoleOnBothChannelsAtOnce() {
        Preferences delegate = preferences.of(person(), Audience.DELEGATE);
        assertThat(delegate.language()).isNull();
        assertThat(delegate.emailDigest()).isFalse();
        assertThat(delegate.kinds())
                .extracting(Choice::kind)
                .containsExactly(
                        "session.changed",
                        "exchange.requested",
                        "exchange.accepted",
                        "exchange.declined",
                        "exchange.scheduled",
                        "exchange.rescheduled",
                        "exchange.cancelled",
                        "ceremony.called",
                        "ceremony.sealed");
        assertThat(delegate.kinds()).allMatch(choice -> choice.inApp() && choice.email());
        assertThat(preferences.of(person(), Audience.ORGANISER).kinds())
                .extracting(Choice::kind)
                .containsExactly("organiser.conflict", "organiser.unplaced");
        assertThat(preferences.of(person(), Audience.STAFF).kinds())
                .extracting(Choice::kind)
                .containsExactly("staff.tablet-disconnected");
    }

    @Test
    void savedPreferencesAreStoredAsTheKindsTurnedOffAndKindsLeftOutKeepTheirSetting() {
        String ann = person();
        preferences.save(
                ann,
                Audience.DELEGATE,
                new Preferences(
                        "en",
                        true,
                        List.of(
                                new Choice("session.changed", true, false),
                                new Choice("exchange.requested", false, false))));

        Preferences saved = preferences.save(
                ann,
                Audience.DELEGATE,
                new Preferences("zh-Hant", true, List.of(new Choice("exchange.requested", true, false))));

        assertThat(saved.language()).isEqualTo("zh-Hant");
        assertThat(saved.emailDigest()).isTrue();
        assertThat(saved.kinds())
                .filteredOn(choice -> !choice.inApp() || !choice.email())
                .containsExactly(
                        new Choice("session.changed", true, false), new Choice("exchange.requested", true, false));
        assertThat(preferences.of(ann.toUpperCase(), Audience.DELEGATE)).isEqualTo(saved);
    }

    @Test
    void preferencesRefuseKindsThatAreUnknownNotThePersonsOrTwiceAndAnUnknownLanguage() {
        String ann = person();
        assertThat(Refused.fieldsAndCodes(() -> preferences.save(
                        ann,
                        Audience.DELEGATE,
                        new Preferences(
                                "fr",
                                false,
                                List.of(
                                        new Choice("session.changed", false, true),
                                        new Choice("session.exploded", false, true),
                                        new Choice("organiser.conflict", false, true),
                                        new Choice("digest", false, false),
                                        new Choice("session.changed", true, true))))))
                .containsExactlyInAnyOrder(
                        tuple("language", "notice.language.unknown"),
                        tuple("kinds[1].kind", "notice.kind.unknown"),
                        tuple("kinds[2].kind", "notice.kind.not-offered"),
                        tuple("kinds[3].kind", "notice.kind.not-offered"),
                        tuple("kinds[4].kind", "notice.kind.twice"));
        assertThat(preferences.of(ann, Audience.DELEGATE).kinds())
                .as("nothing of a refused change is stored")
                .allMatch(choice -> choice.inApp() && choice.email());
    }

    @Test
    void theMailboxListsCountsOpensAndRetriesOnlyDeadLetters() {
        long deadBefore = mailbox.counts().get(MailState.DEAD);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Mail kept = mail(MailState.KEPT, now.minusSeconds(30));
        Mail dead = mail(MailState.DEAD, now);

        assertThat(mailbox.counts()).containsEntry(MailState.DEAD, deadBefore + 1);
        assertThat(mailbox.list(MailState.DEAD, 100))
                .extracting(Mail::id)
                .contains(dead.id())
                .doesNotContain(kept.id());
        assertThat(mailbox.list(null, 100)).extracting(Mail::id).containsSubsequence(dead.id(), kept.id());
        assertThat(mailbox.find(dead.id()).calendar()).startsWith("BEGIN:VCALENDAR");

        Mail retried = mailbox.retry(dead.id());
        assertThat(retried.state()).isEqualTo(MailState.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isBeforeOrEqualTo(Instant.now());

        assertThat(Refused.code(ConflictException.class, () -> mailbox.retry(dead.id())))
                .as("retried already: it is pending, no longer dead")
                .isEqualTo("mailbox.retry.not-dead");
        assertThat(Refused.code(ConflictException.class, () -> mailbox.retry(kept.id())))
                .isEqualTo("mailbox.retry.not-dead");
        assertThat(Refused.code(NotFoundException.class, () -> mailbox.retry(UUID.randomUUID())))
                .isEqualTo("mailbox.mail.not-found");
        assertThat(mails.findById(kept.id()).orElseThrow().state()).isEqualTo(MailState.KEPT);
    }

    @Test
    void aNotificationAnnouncedOnTheTopicReachesTheFollowersOfItsRecipientOnly() throws Exception {
        String ann = person();
        String bob = person();
        List<NoticeCreated> annHears = new CopyOnWriteArrayList<>();
        List<NoticeCreated> bobHears = new CopyOnWriteArrayList<>();
        try (AutoCloseable annFollows = live.follow(ann.toUpperCase(), annHears::add);
                AutoCloseable bobFollows = live.follow(bob, bobHears::add)) {
            assertThat(live.followers(ann)).isEqualTo(1);
            // The live consumer starts at the end of the topic: announce until it has joined and hears one.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        Notice notice = notice(ann, "ceremony.called", Instant.now());
                        database.executeWrite(status ->
                                outbox.append(new NoticeCreated(notice.id().toString(), ann, notice.kind())));
                        return !annHears.isEmpty();
                    });
            assertThat(annHears.get(0).kind()).isEqualTo("ceremony.called");
            assertThat(bobHears).isEmpty();
        }
        assertThat(live.followers(ann)).isZero();
        assertThat(live.followers(bob)).isZero();
    }

    private static String person() {
        return "person." + UUID.randomUUID() + "@notices.test";
    }

    private Notice notice(String recipient, String kind, Instant at) {
        return notices.save(new Notice(
                UUID.randomUUID(),
                Recipients.key(recipient),
                kind,
                UUID.randomUUID(),
                "標題",
                "Title",
                "內容",
                "Body",
                "/delegate",
                at,
                null));
    }

    private Mail mail(MailState state, Instant at) {
        return mails.save(new Mail(
                UUID.randomUUID(),
                person(),
                "session.changed",
                UUID.randomUUID(),
                "en",
                "Your session moved",
                "Your session moved to 10:00.",
                "<p>Your session moved to <b>10:00</b>.</p>",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
                state,
                state == MailState.DEAD ? 5 : 0,
                at,
                state == MailState.DEAD ? "Connection refused" : null,
                at,
                null));
    }
}
