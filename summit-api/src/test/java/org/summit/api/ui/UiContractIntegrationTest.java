package org.summit.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.SummitService;
import org.summit.api.demo.DemoCities;
import org.summit.api.demo.DemoData;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SigningCity;
import org.summit.ceremony.SigningRoll;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.shared.LocalizedText;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The contract between the UI and the API, tested from both ends at once: the UI's own fetchers
 * ({@code summit-ui/src/contract/fetchers.contract.ts}, run by vitest in Node) call this running application, and
 * every answer must be one the fetcher reads and one the OpenAPI document describes (the UI's types are generated
 * from that document, and the build fails while they are stale). A screen paired with a body the UI could not read
 * (issue #9) fails here.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiContractIntegrationTest implements KafkaTestSupport {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Path UI = Path.of("..", "summit-ui").toAbsolutePath().normalize();
    private static final Path DOCUMENT = Path.of("target", "classes", "META-INF", "swagger", "summit-api.yml");

    @Inject
    EmbeddedServer server;

    @Inject
    SummitService summits;

    @Inject
    AccountService accounts;

    @Inject
    DemoCities demoCities;

    @Inject
    SigningRoll roll;

    @Inject
    CeremonyService ceremonies;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @BeforeAll
    void aSummitWithItsPeopleAndADraftedCeremony() {
        summits.create(DemoData.TAIPEI_2016);
        demoCities.load();
        accounts.createActive("organiser@contract.test", "Contract organiser", Role.ORGANISER, null, PASSWORD);
        accounts.createActive("staff@contract.test", "Contract staff", Role.STAFF, null, PASSWORD);
        accounts.createActive("delegate.orlando@summit.demo", "Contract delegate", Role.DELEGATE, "orlando", PASSWORD);
        // The UI's ceremony fetchers make the ceremony ready, which needs every signing city's signatory on the
        // signing roll; the roll learns them from the cities events, a moment after the cities were loaded.
        Set<String> signing = DemoCities.CITIES.stream()
                .filter(city -> city.details().role().signs())
                .map(DemoCities.DemoCity::code)
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(120))
                .until(() -> roll.signingOrder().stream()
                        .filter(city -> city.signatoryId() != null)
                        .map(SigningCity::cityId)
                        .collect(Collectors.toSet())
                        .containsAll(signing));
        ceremonies.create(LocalizedText.of("合約測試簽署典禮", "Contract test signing"), DemoDeclaration.TAIPEI_2016, "test");
        // What summit-notifications would have written: a notification for Orlando's delegate, and a dead letter.
        Instant now = Instant.now();
        notices.save(new Notice(
                UUID.randomUUID(),
                Recipients.key("delegate.orlando@summit.demo"),
                "session.changed",
                UUID.randomUUID(),
                "開幕式時間變更",
                "The opening ceremony moved",
                "開幕式改至 10:00。",
                "The opening ceremony is now at 10:00.",
                "/delegate",
                now,
                null));
        mails.save(new Mail(
                UUID.randomUUID(),
                "delegate.orlando@summit.demo",
                "session.changed",
                UUID.randomUUID(),
                "en",
                "The opening ceremony moved",
                "The opening ceremony is now at 10:00.",
                "<p>The opening ceremony is now at <b>10:00</b>.</p>",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
                MailState.DEAD,
                5,
                now,
                "Connection refused",
                now,
                null));
    }

    @Test
    void theUiFetchersReadEveryAnswerOfTheRealApiAsTheDocumentDescribesIt() throws Exception {
        assertThat(DOCUMENT).as("the OpenAPI document the build writes").isRegularFile();
        Path vitest = UI.resolve(Path.of("node_modules", ".bin", "vitest"));
        assertThat(vitest)
                .as("summit-ui's node_modules (the build runs npm ci there)")
                .isExecutable();
        Path output = Path.of("target", "ui-contract.log").toAbsolutePath();
        Files.createDirectories(output.getParent());

        // Its output goes to a file: inheriting the JVM's stdio would corrupt Surefire's channel.
        ProcessBuilder run = new ProcessBuilder(List.of(
                        vitest.toString(), "run", "--config", "vitest.contract.config.ts", "--reporter=verbose"))
                .directory(UI.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        run.environment().put("SUMMIT_API_URL", server.getURI().toString());
        run.environment().put("SUMMIT_API_PASSWORD", PASSWORD);
        run.environment()
                .put("SUMMIT_OPENAPI_DOCUMENT", DOCUMENT.toAbsolutePath().toString());
        run.environment().put("CI", "true");
        run.environment().put("NO_COLOR", "1");
        Process vitestRun = run.start();
        boolean finished = vitestRun.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            vitestRun.destroyForcibly();
        }
        String log = read(output);

        assertThat(finished).as("vitest finished within 5 minutes:%n%s", log).isTrue();
        assertThat(vitestRun.exitValue())
                .as("the UI's fetchers against the real API:%n%s", log)
                .isZero();
        // Without colour codes, vitest's summary reads "Tests  7 passed (7)".
        String plain = log.replaceAll("\u001B\\[[;\\d]*m", "");
        assertThat(plain)
                .as("every contract test ran")
                .containsPattern("Tests\\s+\\d+ passed \\(\\d+\\)")
                .doesNotContain("skipped");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no output)";
    }
}
