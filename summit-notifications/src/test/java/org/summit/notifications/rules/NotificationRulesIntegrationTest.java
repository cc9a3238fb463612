package org.summit.notifications.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.accounts.AccountInvited;
import org.summit.events.agenda.AgendaChange;
import org.summit.events.agenda.AgendaPublished;
import org.summit.events.agenda.SessionBookmarkRemoved;
import org.summit.events.agenda.SessionBookmarked;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.events.ceremony.SignatoryCalled;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.events.exchanges.ExchangeAccepted;
import org.summit.events.exchanges.ExchangeCancelled;
import org.summit.events.exchanges.ExchangeDeclined;
import org.summit.events.exchanges.ExchangeRequested;
import org.summit.events.exchanges.ExchangeRescheduled;
import org.summit.events.exchanges.ExchangeScheduled;
import org.summit.events.exchanges.ExchangeSchedulingFinished;
import org.summit.events.exchanges.ExchangeUnscheduled;
import org.summit.events.exchanges.PreferredTime;
import org.summit.events.exchanges.UnplacedExchange;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeRepository;
import org.summit.notifications.Fixtures;
import org.summit.notifications.Fixtures.Person;
import org.summit.notifications.ReadMail;
import org.summit.notifications.RecipientDirectory;
import org.summit.notifications.TestEvents;
import org.summit.notifications.TestSmtpServer;
import org.summit.notifications.projections.Accounts;
import org.summit.notifications.projections.Programme;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.Inbox;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * Every rule at least once, over the real broker: the contexts' events, published on their topics, reach exactly the
 * people each rule names, in the app and by e-mail through a real SMTP server, once however often Kafka delivers them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationRulesIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime TEN = LocalDateTime.of(2016, 3, 23, 10, 0);

    private final TestSmtpServer smtp = TestSmtpServer.started();

    @Inject
    EventCodec codec;

    @Inject
    RecipientDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    Inbox inbox;

    @Inject
    Programme programme;

    private TestEvents events;
    private Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(KafkaTestSupport.super.getProperties());
        properties.putAll(smtp.applicationProperties());
        properties.put("summit.notifications.sender.interval", "100ms");
        properties.put("summit.notifications.digest.enabled", "false");
        properties.put("summit.public-url", "https://summit.example");
        return properties;
    }

    @BeforeAll
    void publisher() {
        events = new TestEvents(TestKafkaBroker.clientProperties(), codec);
        fixtures = new Fixtures(events, directory, accounts, notices, mails);
    }

    @AfterAll
    void close() {
        events.close();
        smtp.stop();
    }

    /** Three cities of an exchange and their delegates: A asks B and C. */
    private record Parties(String a, String b, String c, Person a1, Person b1, Person b2, Person c1) {}

    private Parties parties() {
        String a = fixtures.city("奧蘭多", "Orlando");
        String b = fixtures.city("臺北", "Taipei");
        String c = fixtures.city("里昂", "Lyon");
        return new Parties(
                a,
                b,
                c,
                fixtures.delegate(a, "Robert Hayes", "en"),
                fixtures.delegate(b, "Lin Mei", "zh-Hant"),
                fixtures.delegate(b, "Chen Wei", "en"),
                fixtures.delegate(c, "Claire Martin", "en"));
    }

    private EventEnvelope request(String exchangeId, Parties p) {
        return events.publish(new ExchangeRequested(
                exchangeId,
                p.a(),
                List.of(p.b(), p.c()),
                "INNOVATION",
                null,
                LocalizedText.of("期待交流", "Looking forward to it"),
                List.of(p.a1().id()),
                List.of(new PreferredTime(TEN, TEN.plusMinutes(30))),
                false,
                UUID.randomUUID().toString()));
    }

    @Test
    void aReleaseTellsTheSpeakersAndTheDelegatesWhoStarredTheSessionEachOnce() {
        String city = fixtures.city("奧蘭多", "Orlando");
        Person speaker = fixtures.delegate(city, "Robert Hayes", "en");
        Person follower = fixtures.delegate(city, "Alex Rivera", "zh-Hant");
        Person former = fixtures.delegate(city, "Sam Lee", "en");
        String speakerAccount = fixtures.accountOf(speaker.email(), "DELEGATE");
        String followerAccount = fixtures.accountOf(follower.email(), "DELEGATE");
        String formerAccount = fixtures.accountOf(former.email(), "DELEGATE");
        String summit = summit();
        String session = UUID.randomUUID().toString();
        String room = UUID.randomUUID().toString();
        LocalizedText title = LocalizedText.of("智慧交通", "Smart mobility");
        events.publish(new SessionScheduled(
                summit,
                session,
                title,
                null,
                "PANEL",
                "en",
                null,
                room,
                TEN,
                TEN.plusHours(1),
                List.of(speaker.id()),
                null));
        events.publish(new AgendaPublished(
                summit,
                1,
                Instant.now(),
                List.of(new AgendaChange(
                        "ADDED", session, title, LocalizedText.of("新增", "Added"), List.of(speaker.id())))));
        // The speaker stars their own session too; the former follower takes the star off again.
        events.publish(new SessionBookmarked(summit, session, speakerAccount));
        events.publish(new SessionBookmarked(summit, session, followerAccount));
        events.publish(new SessionBookmarked(summit, session, formerAccount));
        events.publish(new SessionBookmarkRemoved(summit, session, formerAccount));
        events.publish(new SessionMoved(summit, session, 1, room, TEN.plusHours(4), TEN.plusHours(5)));

        EventEnvelope release = events.publish(new AgendaPublished(
                summit,
                2,
                Instant.now(),
                List.of(new AgendaChange(
                        "MOVED",
                        session,
                        title,
                        LocalizedText.of("異動：改至 14:00", "Moved to 14:00"),
                        List.of(speaker.id())))));

        await().atMost(DELIVERY)
                .until(() -> fixtures.mails(follower.email(), "session.changed").size() == 1);
        Mail followed = fixtures.mails(follower.email(), "session.changed").get(0);
        assertThat(followed.eventId()).isEqualTo(release.eventId());
        assertThat(followed.subject()).isEqualTo("議程第 2 版異動了您的場次");
        assertThat(followed.textBody()).contains("議程第 2 版異動了您議程上的場次：");
        assertThat(followed.calendar())
                .contains("UID:" + session + "@summit")
                .contains("SEQUENCE:1")
                .contains("DTSTART;TZID=Asia/Taipei:20160323T140000");
        assertThat(fixtures.notices(follower.email(), "session.changed")).hasSize(1);
        assertThat(fixtures.notices(speaker.email(), "session.changed")).hasSize(1);
        assertThat(fixtures.mails(speaker.email(), "session.changed")).hasSize(1);
        assertThat(fixtures.notices(former.email())).isEmpty();
        assertThat(fixtures.mails(former.email())).isEmpty();
    }

    @Test
    void anExchangeRequestReachesTheInvitedDelegationsOnly() throws Exception {
        Parties p = parties();
        String exchange = UUID.randomUUID().toString();

        EventEnvelope requested = request(exchange, p);

        for (Person invited : List.of(p.b1(), p.b2(), p.c1())) {
            await().atMost(DELIVERY)
                    .until(() -> fixtures.notices(invited.email(), "exchange.requested")
                                    .size()
                            == 1);
        }
        Notice notice = fixtures.notices(p.b1().email()).get(0);
        assertThat(notice.eventId()).isEqualTo(requested.eventId());
        assertThat(notice.link()).isEqualTo("/exchanges");
        assertThat(notice.title())
                .isEqualTo(LocalizedText.of("奧蘭多邀請貴市進行城市交流", "Orlando asks your city for an exchange"));
        assertThat(notice.bodyEn())
                .contains("Orlando asks your delegation for an exchange meeting on Innovation.")
                .contains("Their note: Looking forward to it")
                .contains("Cities invited: Taipei, Lyon");
        assertThat(notice.bodyZhHant()).contains("奧蘭多邀請貴市代表團就「創新」進行城市交流會談。");
        assertThat(fixtures.notices(p.a1().email())).isEmpty();

        await().atMost(DELIVERY).until(() -> smtp.to(p.b1().email()).size() == 1);
        ReadMail chinese = ReadMail.of(smtp.to(p.b1().email()).get(0));
        assertThat(chinese.subject()).isEqualTo("奧蘭多邀請貴市進行城市交流");
        assertThat(chinese.language()).isEqualTo("zh-Hant");
        assertThat(chinese.text()).startsWith("Lin Mei（中文） 您好：").contains("回覆邀請：https://summit.example/exchanges");
        await().atMost(DELIVERY).until(() -> smtp.to(p.b2().email()).size() == 1);
        assertThat(ReadMail.of(smtp.to(p.b2().email()).get(0)).subject())
                .isEqualTo("Orlando asks your city for an exchange");
        assertThat(fixtures.mails(p.a1().email())).isEmpty();
    }

    @Test
    void answersAndACancellationReachTheOtherCitiesTakingPart() {
        Parties p = parties();
        String exchange = UUID.randomUUID().toString();
        request(exchange, p);
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.c1().email(), "exchange.requested").size() == 1);

        events.publish(new ExchangeAccepted(exchange, p.b(), List.of(p.b1().id()), "acct"));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.a1().email(), "exchange.accepted").size() == 1);
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.c1().email(), "exchange.accepted").size() == 1);
        assertThat(fixtures.notices(p.a1().email(), "exchange.accepted").get(0).bodyEn())
                .startsWith("Taipei accepted the exchange on Innovation.")
                .contains("Attending: Lin Mei");
        assertThat(fixtures.notices(p.b1().email(), "exchange.accepted")).isEmpty();

        events.publish(new ExchangeDeclined(exchange, p.c(), "Our mayor cannot come", "acct"));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.a1().email(), "exchange.declined").size() == 1);
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.b2().email(), "exchange.declined").size() == 1);
        assertThat(fixtures.notices(p.a1().email(), "exchange.declined").get(0).bodyEn())
                .contains("Reason: Our mayor cannot come");
        assertThat(fixtures.notices(p.c1().email(), "exchange.declined")).isEmpty();

        events.publish(new ExchangeCancelled(exchange, null, p.a(), "Schedule changed", "acct"));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.b1().email(), "exchange.cancelled").size() == 1);
        assertThat(fixtures.notices(p.b1().email(), "exchange.cancelled").get(0).titleEn())
                .isEqualTo("Exchange called off: Innovation");
        // Lyon declined, so it no longer takes part; Orlando called it off itself.
        assertThat(fixtures.notices(p.c1().email(), "exchange.cancelled")).isEmpty();
        assertThat(fixtures.notices(p.a1().email(), "exchange.cancelled")).isEmpty();
    }

    @Test
    void aPlacedExchangeTellsItsParticipantsWithTheAgendasCalendarEvent() {
        Parties p = parties();
        String summit = summit();
        String exchange = UUID.randomUUID().toString();
        request(exchange, p);

        events.publish(scheduled(exchange, summit, TEN, List.of(p.a1().id(), p.b1().id())));

        await().atMost(DELIVERY)
                .until(() -> smtp.to(p.a1().email()).stream()
                        .anyMatch(message -> ReadMail.of(message).subject().startsWith("Exchange scheduled")));
        ReadMail placed = ReadMail.of(smtp.to(p.a1().email()).get(0));
        assertThat(placed.subject()).isEqualTo("Exchange scheduled: Innovation: Orlando and Taipei");
        assertThat(placed.text()).contains("Wed 23 Mar 10:00–10:30, Main Hall, table 3");
        assertThat(placed.calendarType()).contains("text/calendar").contains("method=PUBLISH");
        assertThat(placed.calendar())
                .contains("UID:exchange-" + exchange + "@summit")
                .contains("SEQUENCE:0")
                .contains("DTSTART;TZID=Asia/Taipei:20160323T100000")
                .contains("SUMMARY;LANGUAGE=en:Exchange: Innovation: Orlando and Taipei");
        assertThat(fixtures.notices(p.b1().email(), "exchange.scheduled")).hasSize(1);
        assertThat(fixtures.notices(p.b2().email(), "exchange.scheduled")).isEmpty();

        // Moved, and Chen Wei attends instead of Lin Mei.
        events.publish(new ExchangeRescheduled(
                exchange,
                summit,
                UUID.randomUUID().toString(),
                "table-3",
                LocalizedText.of("創新：奧蘭多與臺北", "Innovation: Orlando and Taipei"),
                LocalizedText.of("大會堂，第 3 桌", "Main Hall, table 3"),
                TEN.plusHours(1),
                TEN.plusHours(1).plusMinutes(30),
                List.of(p.a1().id(), p.b2().id()),
                false));

        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.mails(p.a1().email(), "exchange.rescheduled").size() == 1);
        Mail moved = fixtures.mails(p.a1().email(), "exchange.rescheduled").get(0);
        assertThat(moved.calendar()).contains("SEQUENCE:1").contains("DTSTART;TZID=Asia/Taipei:20160323T110000");
        assertThat(moved.textBody()).contains("* Before\n  Wed 23 Mar 10:00–10:30, Main Hall, table 3");
        assertThat(fixtures.mails(p.b2().email(), "exchange.rescheduled")).hasSize(1);
        Mail removed = fixtures.mails(p.b1().email(), "exchange.rescheduled").get(0);
        assertThat(removed.calendar()).isNull();
        assertThat(removed.textBody()).contains("您已不在這場交流的與會名單中。");
    }

    @Test
    void anExchangeMeetingOverlappingASpeakersSessionTellsTheActiveOrganisersWhenItAppears() {
        Parties p = parties();
        String organiser = fixtures.account("ORGANISER", true);
        String former = fixtures.account("ORGANISER", false);
        String staff = fixtures.account("STAFF", true);
        String summit = summit();
        String session = UUID.randomUUID().toString();
        String room = UUID.randomUUID().toString();
        events.publish(new SessionScheduled(
                summit,
                session,
                LocalizedText.of("智慧交通", "Smart mobility"),
                null,
                "PANEL",
                "en",
                null,
                room,
                TEN,
                TEN.plusHours(1),
                List.of(p.a1().id()),
                null));
        // The agenda's and the exchanges' topics are not ordered with each other: the meeting is placed once the
        // session is known, so that the overlap appears with the meeting.
        await().atMost(DELIVERY).until(() -> programme.session(session).isPresent());
        String exchange = UUID.randomUUID().toString();

        EventEnvelope placed = events.publish(scheduled(exchange, summit, TEN.plusMinutes(30), List.of(p.a1().id())));

        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(organiser, "organiser.conflict").size() == 1);
        Notice conflict = fixtures.notices(organiser, "organiser.conflict").get(0);
        assertThat(conflict.eventId()).isEqualTo(placed.eventId());
        assertThat(conflict.link()).isEqualTo("/organiser/exchanges");
        assertThat(conflict.bodyEn())
                .contains("Robert Hayes: The exchange Innovation: Orlando and Taipei (Main Hall, table 3, Wed 23 Mar"
                        + " 10:30–11:00) overlaps the session Smart mobility (Wed 23 Mar 10:00–11:00).");
        assertThat(fixtures.notices(former)).isEmpty();
        assertThat(fixtures.notices(staff)).isEmpty();

        // The session moves away, then back onto the meeting: the overlap appears again and is told again.
        events.publish(new SessionMoved(summit, session, 1, room, TEN.plusHours(4), TEN.plusHours(5)));
        EventEnvelope back = events.publish(new SessionMoved(summit, session, 2, room, TEN, TEN.plusHours(1)));
        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(organiser, "organiser.conflict").size() == 2);
        assertThat(fixtures.notices(organiser, "organiser.conflict").get(0).eventId())
                .isEqualTo(back.eventId());

        // The exchange lost its place.
        events.publish(new ExchangeUnscheduled(exchange, summit, "exchange.unplaced.block-removed"));
        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(organiser, "organiser.unplaced").size() == 1);
        assertThat(fixtures.notices(organiser, "organiser.unplaced").get(0).bodyEn())
                .isEqualTo("The exchange Innovation: Orlando and Taipei no longer has a place in the programme: its"
                        + " exchange block was removed from the programme.");
        assertThat(fixtures.notices(p.a1().email(), "organiser.unplaced")).isEmpty();
    }

    @Test
    void aSchedulingRunThatLeftExchangesWithoutAPlaceTellsTheOrganisers() {
        String organiser = fixtures.account("ORGANISER", true);
        String summit = summit();

        EventEnvelope everyOnePlaced = events.publish(
                new ExchangeSchedulingFinished(summit, UUID.randomUUID().toString(), 4, List.of()));
        events.publish(new ExchangeSchedulingFinished(
                summit,
                UUID.randomUUID().toString(),
                3,
                List.of(
                        new UnplacedExchange(
                                UUID.randomUUID().toString(),
                                "exchange.unplaced.too-large",
                                LocalizedText.of("創新：奧蘭多與臺北", "Innovation: Orlando and Taipei")),
                        new UnplacedExchange(
                                UUID.randomUUID().toString(),
                                "exchange.unplaced.something-new",
                                LocalizedText.of("基礎建設：里昂與臺北", "Infrastructure: Lyon and Taipei")))));

        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(organiser, "organiser.unplaced").size() == 1);
        Notice notice = fixtures.notices(organiser, "organiser.unplaced").get(0);
        assertThat(notice.titleEn()).isEqualTo("Scheduling left 2 exchanges without a place");
        assertThat(notice.bodyEn())
                .contains("The scheduling run placed 3 exchanges; these could not be placed:")
                .contains("Innovation: Orlando and Taipei: no table seats all its participants")
                .contains("Infrastructure: Lyon and Taipei: it could not be placed (exchange.unplaced.something-new)");
        assertThat(notice.titleZhHant()).isEqualTo("排程後仍有 2 場城市交流無法排定");
        assertThat(inbox.appliedCount(NotificationRules.CONSUMER)).isPositive();
        assertThat(notices.existsByRecipientAndKindAndEventId(
                        organiser, "organiser.unplaced", everyOnePlaced.eventId()))
                .isFalse();
    }

    @Test
    void theCeremonyCallsItsSignatoryTellsEveryDelegateOfTheSealAndStaffOfADisconnectedTablet() {
        Parties p = parties();
        String staff = fixtures.account("STAFF", true);
        String away = fixtures.account("STAFF", false);
        String organiser = fixtures.account("ORGANISER", true);
        String ceremony = UUID.randomUUID().toString();
        LocalizedText orlando = LocalizedText.of("奧蘭多", "Orlando");

        // The signatory id is the delegate id the cities context designated.
        events.publish(new SignatoryCalled(ceremony, p.a1().id(), p.a(), orlando));
        await().atMost(DELIVERY)
                .until(() -> fixtures.notices(p.a1().email(), "ceremony.called").size() == 1);
        assertThat(fixtures.notices(p.a1().email(), "ceremony.called").get(0).bodyEn())
                .isEqualTo("Please sign the declaration for Orlando on your tablet now.");
        assertThat(fixtures.notices(p.b1().email(), "ceremony.called")).isEmpty();

        events.publish(new TabletDisconnected(
                ceremony, p.a1().id(), p.a(), orlando, "tablet-7", Instant.parse("2016-03-24T07:05:00Z")));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(staff, "staff.tablet-disconnected").size() == 1);
        Notice disconnected =
                fixtures.notices(staff, "staff.tablet-disconnected").get(0);
        assertThat(disconnected.link()).isEqualTo("/staff");
        assertThat(disconnected.bodyEn())
                .startsWith("The tablet of Orlando's signatory lost its connection at Thu 24 Mar 15:05");
        assertThat(fixtures.notices(away)).isEmpty();
        assertThat(fixtures.notices(organiser)).isEmpty();

        events.publish(new DeclarationSealed(
                ceremony,
                LocalizedText.of("臺北智慧城市宣言", "Taipei Smart City Declaration"),
                "ab12cd34",
                Instant.parse("2016-03-24T08:00:00Z"),
                "/verify/" + ceremony,
                "/api/ceremonies/" + ceremony + "/sealed.pdf"));
        for (Person delegate : List.of(p.a1(), p.b1(), p.b2(), p.c1())) {
            await().atMost(DELIVERY)
                    .until(() -> fixtures.notices(delegate.email(), "ceremony.sealed")
                                    .size()
                            == 1);
        }
        assertThat(fixtures.notices(p.c1().email(), "ceremony.sealed").get(0).link())
                .isEqualTo("/verify/" + ceremony);
        await().atMost(DELIVERY)
                .until(() -> fixtures.mails(p.c1().email(), "ceremony.sealed").stream()
                        .anyMatch(mail -> mail.state() == MailState.SENT));
        ReadMail sealed = ReadMail.of(smtp.to(p.c1().email()).stream()
                .filter(message -> ReadMail.of(message).subject().startsWith("The declaration is sealed"))
                .findFirst()
                .orElseThrow());
        assertThat(sealed.text())
                .contains("Fingerprint (SHA-256)\n  ab12cd34")
                .contains("Open the verification page: https://summit.example/verify/" + ceremony)
                .contains("Download the sealed declaration (PDF): https://summit.example/api/ceremonies/" + ceremony
                        + "/sealed.pdf");
        assertThat(sealed.html()).contains("href=\"https://summit.example/verify/" + ceremony + "\"");
        assertThat(fixtures.notices(staff, "ceremony.sealed")).isEmpty();
    }

    @Test
    void anInvitationIsEmailedWithItsAbsoluteLinkAndShowsNowhereInTheApp() {
        String address = "New.Person." + Fixtures.suffix() + "@Example.org";

        events.publish(new AccountInvited(
                UUID.randomUUID().toString(),
                address,
                "New Person",
                "STAFF",
                null,
                "/invitation/tok-123",
                Instant.parse("2016-03-27T16:00:00Z")));

        await().atMost(DELIVERY).until(() -> smtp.to(address).size() == 1);
        ReadMail invitation = ReadMail.of(smtp.to(address).get(0));
        // Nobody chose a language for them: the default.
        assertThat(invitation.subject()).isEqualTo("邀請您使用 Summit 高峰會系統");
        assertThat(invitation.text())
                .startsWith("New Person 您好：")
                .contains("以典禮工作人員身分")
                .contains("3月28日")
                .contains("接受邀請：https://summit.example/invitation/tok-123");
        assertThat(fixtures.mails(address, "account.invitation")).hasSize(1);
        assertThat(fixtures.notices(address)).isEmpty();
    }

    @Test
    void anEventDeliveredAgainNotifiesNobodyTwice() {
        Parties p = parties();
        String exchange = UUID.randomUUID().toString();
        EventEnvelope requested = request(exchange, p);
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.b1().email(), "exchange.requested").size() == 1);

        events.send(requested);
        events.send(requested);
        // Keyed by the same exchange, so on the same partition: once this one is handled, so were the repeats.
        events.publish(new ExchangeAccepted(exchange, p.c(), List.of(), "acct"));
        await().atMost(DELIVERY)
                .until(() ->
                        fixtures.notices(p.a1().email(), "exchange.accepted").size() == 1);

        for (Person invited : List.of(p.b1(), p.b2(), p.c1())) {
            assertThat(fixtures.notices(invited.email(), "exchange.requested")).hasSize(1);
            assertThat(fixtures.mails(invited.email(), "exchange.requested")).hasSize(1);
        }
        await().atMost(DELIVERY).until(() -> smtp.to(p.b2().email()).size() == 2);
        assertThat(smtp.to(p.b2().email()))
                .extracting(message -> ReadMail.of(message).subject())
                .containsExactlyInAnyOrder(
                        "Orlando asks your city for an exchange", "Lyon accepted the exchange on Innovation");
    }

    private String summit() {
        String summit = UUID.randomUUID().toString();
        events.publish(new SummitCreated(
                summit,
                LocalizedText.of("智慧城市高峰會", "Smart City Summit"),
                LocalizedText.of("臺北", "Taipei"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei"));
        return summit;
    }

    private static ExchangeScheduled scheduled(
            String exchange, String summit, LocalDateTime at, List<String> participants) {
        return new ExchangeScheduled(
                exchange,
                summit,
                UUID.randomUUID().toString(),
                "table-3",
                LocalizedText.of("創新：奧蘭多與臺北", "Innovation: Orlando and Taipei"),
                LocalizedText.of("大會堂，第 3 桌", "Main Hall, table 3"),
                at,
                at.plusMinutes(30),
                participants,
                false);
    }
}
