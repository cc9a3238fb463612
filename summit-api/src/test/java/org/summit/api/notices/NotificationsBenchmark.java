package org.summit.api.notices;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaService;
import org.summit.agenda.AgendaSession;
import org.summit.agenda.RoomDetails;
import org.summit.agenda.SessionDetails;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.DelegateProfile;
import org.summit.notices.NoticeKind;
import org.summit.notices.NoticeRepository;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The notifications benchmark, as the issue puts it: a release that changes the sessions of 2,000 delegates. 200
 * cities of 10 delegates (half of them write in Chinese), 1,000 sessions with two of them speaking in each, release 1
 * published; then every session moved and release 2 published. It measures, from the publish, when every delegate's
 * in-app notification is there (committed, so the API serves it: a sample of delegates reads it over HTTP) and when
 * the SMTP server (GreenMail, in this JVM) accepted every e-mail; then it checks that nobody got anything twice and
 * that nothing more arrives. The whole application runs as the embedded default does, notifications in-process. Not
 * a test: run it with {@code bin/benchmark notifications}; the README quotes its figures.
 */
public final class NotificationsBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationsBenchmark.class);
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private static final int CITIES = 200;
    private static final int DELEGATES_PER_CITY = 10;
    private static final int DELEGATES = CITIES * DELEGATES_PER_CITY;
    private static final int ROOMS = 50;
    private static final int SAMPLE = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 23);
    private static final Duration TARGET = Duration.ofSeconds(60);

    private NotificationsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("summit-notifications-benchmark-");
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (TestKafkaBroker.Restartable broker = TestKafkaBroker.startOwn();
                ApplicationContext context = ApplicationContext.builder()
                        .environments("test", "api")
                        .properties(broker.applicationProperties())
                        .properties(Map.of(
                                "datasources.default.url",
                                "jdbc:h2:file:" + dataDir.resolve("db/summit")
                                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                                "micronaut.server.port",
                                -1,
                                "summit.notifications.smtp.host",
                                "127.0.0.1",
                                "summit.notifications.smtp.port",
                                smtp.getSmtp().getPort(),
                                "logger.levels.org.summit",
                                "WARN"))
                        .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            DefaultHttpClientConfiguration slowMachine = new DefaultHttpClientConfiguration();
            slowMachine.setReadTimeout(Duration.ofMinutes(2));
            try (HttpClient http = HttpClient.create(server.getURL(), slowMachine)) {
                run(context, http, smtp);
            }
        } finally {
            smtp.stop();
        }
    }

    private static void run(ApplicationContext context, HttpClient http, GreenMail smtp)
            throws MessagingException, FolderException {
        long setUp = System.nanoTime();
        List<Delegate> delegates = cities(context.getBean(CitiesService.class));
        AgendaService agenda = context.getBean(AgendaService.class);
        UUID summitId = programme(context, agenda, delegates);
        List<LoggedIn> sample = sample(context.getBean(AccountService.class), http, delegates);
        agenda.publish(summitId);
        NoticeRepository notices = context.getBean(NoticeRepository.class);
        // Release 1 adds every session: whatever it sends, wait until it is all out before the measured release.
        quiet(smtp, notices);
        smtp.purgeEmailFromAllMailboxes();
        long noticesBefore = notices.count();
        for (AgendaSession session : agenda.draft(summitId)) {
            if (session.type() == SessionType.PANEL) {
                agenda.move(
                        summitId,
                        session.id(),
                        session.version(),
                        session.roomId(),
                        session.startsAt().plusHours(1),
                        session.endsAt().plusHours(1),
                        true);
            }
        }
        LOG.warn(String.format(
                "Set up: %d cities, %d delegates, %d sessions moved, in %.0f s",
                CITIES, DELEGATES, DELEGATES / 2, (System.nanoTime() - setUp) / 1e9));

        Instant published = Instant.now();
        long start = System.nanoTime();
        agenda.publish(summitId);
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> notices.count() - noticesBefore >= DELEGATES);
        double allNotices = (System.nanoTime() - start) / 1e9;
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> smtp.getReceivedMessages().length >= DELEGATES);
        double allMails = (System.nanoTime() - start) / 1e9;
        quiet(smtp, notices);

        Map<String, Long> noticesPerDelegate = new HashMap<>();
        for (Delegate delegate : delegates) {
            noticesPerDelegate.put(
                    delegate.email(),
                    notices.findByRecipientOrderByCreatedAtDesc(delegate.email(), Pageable.from(0, 100)).stream()
                            .filter(notice -> notice.createdAt().isAfter(published))
                            .filter(notice -> notice.kind().equals(NoticeKind.SESSION_CHANGED.code()))
                            .count());
        }
        Map<String, Long> mailsPerAddress = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                mailsPerAddress.merge(to.toString().toLowerCase(), 1L, Long::sum);
            }
        }
        long noticesTwice =
                noticesPerDelegate.values().stream().filter(n -> n > 1).count();
        long noticesMissing =
                noticesPerDelegate.values().stream().filter(n -> n == 0).count();
        long mailsTwice = mailsPerAddress.values().stream().filter(n -> n > 1).count();
        long mailsMissing = delegates.stream()
                .filter(delegate -> !mailsPerAddress.containsKey(delegate.email()))
                .count();
        long seenOverHttp = sample.stream()
                .filter(person -> {
                    Map<String, Object> mine = http.toBlocking()
                            .retrieve(person.send(HttpRequest.GET("/api/notifications?limit=5")), JSON);
                    return mine.toString().contains(NoticeKind.SESSION_CHANGED.code());
                })
                .count();

        LOG.warn("Notifications benchmark ({} cores)", Runtime.getRuntime().availableProcessors());
        LOG.warn(String.format(
                "  release 2 moves the sessions of %d delegates: every in-app notification stored %.1f s after the"
                        + " publish, every e-mail accepted by the SMTP server %.1f s after it",
                DELEGATES, allNotices, allMails));
        LOG.warn(
                "  in-app: {} missing, {} delegates with more than one; e-mail: {} missing, {} addresses with more"
                        + " than one; {} of {} sampled delegates read theirs over HTTP",
                noticesMissing,
                noticesTwice,
                mailsMissing,
                mailsTwice,
                seenOverHttp,
                sample.size());
        boolean pass = allNotices <= TARGET.toSeconds()
                && allMails <= TARGET.toSeconds()
                && noticesMissing + noticesTwice + mailsMissing + mailsTwice == 0
                && seenOverHttp == sample.size();
        LOG.warn("  Target: all within {} s, none twice: {}", TARGET.toSeconds(), pass ? "PASS" : "FAIL");
    }

    /** Waits until neither the mailbox nor the notifications changed for five seconds. */
    private static void quiet(GreenMail smtp, NoticeRepository notices) {
        long[] last = {-1, -1};
        Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    long mails = smtp.getReceivedMessages().length;
                    long written = notices.count();
                    boolean same = mails == last[0] && written == last[1];
                    last[0] = mails;
                    last[1] = written;
                    return same;
                });
        Awaitility.await()
                .pollDelay(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10))
                .until(() -> smtp.getReceivedMessages().length == last[0] && notices.count() == last[1]);
    }

    private record Delegate(UUID id, String cityCode, String email) {}

    /** 200 cities of 10 delegates, every other one writing in Chinese, through the cities context. */
    private static List<Delegate> cities(CitiesService cities) {
        List<Delegate> delegates = new ArrayList<>();
        for (int c = 0; c < CITIES; c++) {
            String code = String.format("n%03d", c);
            cities.register(
                    new CityCode(code),
                    new CityDetails(
                            LocalizedText.of("城市 " + c, "City " + c),
                            CityKind.CITY,
                            CityRole.GUEST,
                            "NL",
                            "Europe/Amsterdam",
                            null));
            for (int d = 0; d < DELEGATES_PER_CITY; d++) {
                String name = "Delegate " + c + "-" + d;
                String email = "d" + c + "-" + d + "@bench.example";
                UUID id = cities.addDelegate(
                                new CityCode(code),
                                new DelegateProfile(
                                        LocalizedText.of("代表 " + c + "-" + d, name),
                                        LocalizedText.of("代表", "Delegate"),
                                        List.of("en"),
                                        false,
                                        null,
                                        null,
                                        email,
                                        null,
                                        d % 2 == 0 ? "zh-Hant" : "en"))
                        .id();
                delegates.add(new Delegate(id, code, email));
            }
        }
        return delegates;
    }

    /** Two days of 1,000 one-hour sessions in 50 rooms, two of the delegates speaking in each, every one in one. */
    private static UUID programme(ApplicationContext context, AgendaService agenda, List<Delegate> delegates) {
        Summit summit = context.getBean(SummitService.class)
                .create(new SummitDetails(
                        LocalizedText.of("基準高峰會", "Benchmark summit"),
                        LocalizedText.of("會場", "Venue"),
                        FIRST_DAY,
                        FIRST_DAY.plusDays(1),
                        "Asia/Taipei"));
        Awaitility.await()
                .atMost(Duration.ofMinutes(3))
                .until(() -> agenda.people(summit.id()).size() >= DELEGATES);
        List<UUID> rooms = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            rooms.add(agenda.addRoom(
                            summit.id(),
                            new RoomDetails(LocalizedText.of("會議室 " + r, "Room " + r), 100, false, null, null))
                    .id());
        }
        for (int s = 0; s < DELEGATES / 2; s++) {
            int day = s / (DELEGATES / 4);
            int hour = 8 + (s % (DELEGATES / 4)) / ROOMS;
            LocalDateTime startsAt = FIRST_DAY.plusDays(day).atTime(hour, 0);
            agenda.schedule(
                    summit.id(),
                    new SessionDetails(
                            LocalizedText.of("議程 " + s, "Session " + s),
                            null,
                            SessionType.PANEL,
                            "en",
                            null,
                            rooms.get(s % ROOMS),
                            startsAt,
                            startsAt.plusHours(1),
                            List.of(
                                    delegates.get(2 * s).id(),
                                    delegates.get(2 * s + 1).id()),
                            null),
                    true);
        }
        return summit.id();
    }

    /** Accounts for a sample of the delegates, logged in, to read their notifications as the app does. */
    private static List<LoggedIn> sample(AccountService accounts, HttpClient http, List<Delegate> delegates) {
        List<LoggedIn> sample = new ArrayList<>();
        for (int i = 0; i < SAMPLE; i++) {
            Delegate delegate = delegates.get(i * (DELEGATES / SAMPLE));
            accounts.createActive(
                    delegate.email(), "Delegate " + i, Role.DELEGATE, delegate.cityCode(), LoggedIn.PASSWORD);
            sample.add(LoggedIn.login(http, delegate.email(), LoggedIn.PASSWORD));
        }
        return sample;
    }
}
