package org.summit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.summit.notifications.Fixtures.DELIVERY;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.Room;
import org.summit.agenda.RoomDetails;
import org.summit.agenda.SessionDetails;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitDetails;
import org.summit.agenda.SummitService;
import org.summit.cities.CitiesService;
import org.summit.cities.CityDetails;
import org.summit.cities.CityKind;
import org.summit.cities.CityRole;
import org.summit.cities.Delegate;
import org.summit.cities.DelegateProfile;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.Topics;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.notifications.projections.Accounts;
import org.summit.shared.CityCode;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.kafka.TestKafkaBroker;

/**
 * The story the issue checks, through the real contexts: an organiser publishes an agenda version that moves the
 * session an Orlando speaker speaks in; that speaker gets one e-mail in their language with the change and the new
 * time for their calendar, one in-app notification and its {@code NoticeCreated} on the notifications topic; the
 * moderator gets theirs in Chinese; delegates not concerned get nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrlandoStoryIntegrationTest implements KafkaTestSupport {

    private static final LocalDateTime TEN = LocalDateTime.of(2016, 3, 23, 10, 0);

    private final TestSmtpServer smtp = TestSmtpServer.started();

    @Inject
    CitiesService cities;

    @Inject
    SummitService summits;

    @Inject
    AgendaService agenda;

    @Inject
    AgendaDirectory agendaDirectory;

    @Inject
    RecipientDirectory directory;

    @Inject
    Accounts accounts;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    EventCodec codec;

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

    @Test
    void aReleaseThatMovesAnOrlandoSpeakersSessionTellsThemOnceInTheirLanguage() throws Exception {
        String orlando = register("奧蘭多", "Orlando", "US", "America/New_York");
        String taipei = register("臺北", "Taipei", "TW", "Asia/Taipei");
        Delegate speaker = delegate(orlando, "海斯市長", "Mayor Robert Hayes", "en");
        Delegate bystander = delegate(orlando, "里維拉", "Alex Rivera", "en");
        Delegate moderator = delegate(taipei, "林美", "Lin Mei", "zh-Hant");
        Delegate other = delegate(taipei, "陳偉", "Chen Wei", "zh-Hant");
        for (Delegate delegate : List.of(speaker, bystander, moderator, other)) {
            await().atMost(DELIVERY)
                    .until(() ->
                            agendaDirectory.byEmail(delegate.profile().email()).isPresent());
            await().atMost(DELIVERY).until(() -> directory.find(delegate.id()).isPresent());
        }
        Summit summit = summits.create(new SummitDetails(
                LocalizedText.of("智慧城市高峰會", "Smart City Summit"),
                LocalizedText.of("臺北", "Taipei"),
                LocalDate.of(2016, 3, 23),
                LocalDate.of(2016, 3, 24),
                "Asia/Taipei"));
        Room hall = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("大會堂", "Main Hall"), 800, true, null, null));
        Room salon = agenda.addRoom(
                summit.id(), new RoomDetails(LocalizedText.of("201 室", "Salon 201"), 80, true, null, null));
        var panel = agenda.schedule(
                summit.id(),
                new SessionDetails(
                        LocalizedText.of("智慧交通", "Smart mobility"),
                        null,
                        SessionType.PANEL,
                        "en",
                        null,
                        hall.id(),
                        TEN,
                        TEN.plusHours(1),
                        List.of(speaker.id()),
                        moderator.id()),
                false);
        agenda.schedule(
                summit.id(),
                new SessionDetails(
                        LocalizedText.of("開幕致詞", "Opening address"),
                        null,
                        SessionType.KEYNOTE,
                        "zh-Hant",
                        null,
                        salon.id(),
                        TEN.minusHours(1),
                        TEN.minusMinutes(15),
                        List.of(other.id()),
                        null),
                false);
        agenda.publish(summit.id());

        agenda.move(
                summit.id(),
                panel.session().id(),
                panel.session().version(),
                salon.id(),
                TEN.plusHours(4),
                TEN.plusHours(5),
                false);
        PublishedAgenda release = agenda.publish(summit.id());
        assertThat(release.release()).isEqualTo(2);

        String speakerAddress = speaker.profile().email();
        await().atMost(DELIVERY).until(() -> smtp.to(speakerAddress).size() == 1);
        ReadMail mail = ReadMail.of(smtp.to(speakerAddress).get(0));
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("Your sessions changed in release 2 of the programme");
        assertThat(mail.text())
                .startsWith("Dear Mayor Robert Hayes,")
                .contains("* Smart mobility\n  Moved from Wed 23 Mar 10:00–11:00, Main Hall to Wed 23 Mar"
                        + " 14:00–15:00, Salon 201")
                .contains("Open my agenda: https://summit.example/delegate");
        assertThat(mail.html()).contains("Moved from Wed 23 Mar 10:00–11:00, Main Hall to");
        assertThat(mail.calendarType()).contains("method=PUBLISH");
        int sequence = agenda.revisions(summit.id()).get(panel.session().id().toString());
        assertThat(mail.calendar())
                .contains("UID:" + panel.session().id() + "@summit")
                .contains("SEQUENCE:" + sequence)
                .contains("DTSTART;TZID=Asia/Taipei:20160323T140000")
                .contains("DTEND;TZID=Asia/Taipei:20160323T150000");

        List<Notice> inApp = fixtures.notices(speakerAddress);
        assertThat(inApp).hasSize(1);
        Notice notice = inApp.get(0);
        assertThat(notice.kind()).isEqualTo("session.changed");
        assertThat(notice.link()).isEqualTo("/delegate");
        assertThat(notice.titleZhHant()).isEqualTo("議程第 2 版異動了您的場次");
        assertThat(notice.bodyEn()).contains("Smart mobility: Moved from Wed 23 Mar 10:00–11:00, Main Hall");
        assertThat(notice.bodyZhHant()).contains("智慧交通：異動：由 3月23日（週三）10:00–11:00，大會堂 改至");
        assertThat(noticesCreatedFor(Recipients.key(speakerAddress)))
                .containsExactly(new NoticeCreated(notice.id().toString(), notice.recipient(), "session.changed"));

        await().atMost(DELIVERY)
                .until(() -> smtp.to(moderator.profile().email()).size() == 1);
        ReadMail chinese = ReadMail.of(smtp.to(moderator.profile().email()).get(0));
        assertThat(chinese.subject()).isEqualTo("議程第 2 版異動了您的場次");
        assertThat(chinese.text()).startsWith("林美 您好：").contains("異動：由 3月23日（週三）10:00–11:00，大會堂 改至");

        await().atMost(DELIVERY)
                .until(() -> fixtures.mails(speakerAddress).stream().allMatch(m -> m.state() == MailState.SENT));
        assertThat(fixtures.mails(speakerAddress)).hasSize(1);
        for (Delegate unconcerned : List.of(bystander, other)) {
            assertThat(fixtures.notices(unconcerned.profile().email())).isEmpty();
            assertThat(fixtures.mails(unconcerned.profile().email())).isEmpty();
            assertThat(smtp.to(unconcerned.profile().email())).isEmpty();
        }
    }

    private List<NoticeCreated> noticesCreatedFor(String recipient) {
        List<NoticeCreated> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                KafkaTestSupport.plainConsumer(TestKafkaBroker.bootstrapServers(), Topics.NOTIFICATIONS)) {
            await().atMost(DELIVERY).until(() -> {
                for (ConsumerRecord<String, String> record : KafkaTestSupport.poll(consumer, Duration.ofMillis(200))) {
                    EventEnvelope envelope = codec.decode(record.value());
                    if (recipient.equals(record.key())) {
                        found.add(codec.payload(envelope, NoticeCreated.class));
                    }
                }
                return !found.isEmpty();
            });
            // Anything else for them would be on the same partition, right behind.
            KafkaTestSupport.poll(consumer, Duration.ofSeconds(1)).stream()
                    .filter(record -> recipient.equals(record.key()))
                    .forEach(record -> found.add(codec.payload(codec.decode(record.value()), NoticeCreated.class)));
        }
        return found;
    }

    private String register(String nameZhHant, String nameEn, String country, String zone) {
        String code = nameEn.toLowerCase() + "-" + Fixtures.suffix();
        cities.register(
                new CityCode(code),
                new CityDetails(
                        LocalizedText.of(nameZhHant, nameEn), CityKind.CITY, CityRole.GUEST, country, zone, null));
        return code;
    }

    private Delegate delegate(String city, String nameZhHant, String nameEn, String language) {
        return cities.addDelegate(
                new CityCode(city),
                new DelegateProfile(
                        LocalizedText.of(nameZhHant, nameEn),
                        LocalizedText.of("代表", "Delegate"),
                        List.of("zh-Hant", "en"),
                        false,
                        LocalDate.of(2016, 3, 22),
                        LocalDate.of(2016, 3, 25),
                        nameEn.replaceAll("[^A-Za-z]", "") + "." + Fixtures.suffix() + "@" + city + ".example",
                        "+1 407 555 0100",
                        language));
    }
}
