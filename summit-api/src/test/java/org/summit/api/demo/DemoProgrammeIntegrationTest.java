package org.summit.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The demo programme is built from the demo delegations as the agenda learnt them, publishes cleanly and prints in
 * both languages.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoProgrammeIntegrationTest implements KafkaTestSupport {

    @Inject
    DemoCities demoCities;

    @Inject
    DemoProgramme programme;

    @Inject
    CitiesService cities;

    @Inject
    SummitService summits;

    @Inject
    AgendaService agenda;

    @Inject
    AgendaDirectory directory;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theTwoDayProgrammeOf2016PublishesAsReleaseOneWithoutAConflict() throws IOException {
        if (cities.list().isEmpty()) {
            demoCities.load();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> directory.all().stream()
                        .map(AgendaDelegate::nameEn)
                        .collect(Collectors.toSet())
                        .containsAll(DemoCities.CITIES.stream()
                                .flatMap(city -> city.delegation().stream())
                                .map(member -> member.name().en())
                                .toList()));
        Summit summit = summits.create(DemoData.TAIPEI_2016);
        Map<String, AgendaDelegate> people = directory.all().stream()
                .collect(Collectors.toMap(AgendaDelegate::nameEn, Function.identity(), (a, b) -> a));

        PublishedAgenda release = programme.load(summit, people);

        assertThat(release.release()).isEqualTo(1);
        assertThat(release.sessions()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(release.sessions())
                .extracting(PublishedAgenda.PublishedSession::type)
                .contains(
                        SessionType.KEYNOTE.name(),
                        SessionType.FORUM.name(),
                        SessionType.CITY_SHARING.name(),
                        SessionType.EXCHANGE_BLOCK.name(),
                        SessionType.CEREMONY.name());
        assertThat(release.tracks()).hasSize(2);
        assertThat(release.sessions())
                .extracting(PublishedAgenda.PublishedSession::language)
                .as("held in the first speaker's language")
                .contains("zh-Hant", "en")
                .doesNotContainNull();
        assertThat(agenda.conflicts(summit.id())).as("not even a warning").isEmpty();

        // Printed: both languages on every page, the Chinese drawn with the embedded font (not as empty boxes).
        HttpResponse<byte[]> printed = http.toBlocking()
                .exchange(HttpRequest.GET("/api/summits/" + summit.id() + "/agenda.pdf"), byte[].class);
        assertThat(printed.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo("application/pdf"));
        // Kept beside the screenshots, for a person to look at.
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "programme.pdf"), printed.body());
        try (PDDocument pdf = Loader.loadPDF(printed.body())) {
            assertThat(pdf.getNumberOfPages()).as("a page a day").isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("2016 智慧城市市長高峰會", "2016 Smart City Mayors' Summit")
                    .contains("2016年3月23日", "Wednesday 23 March 2016", "Thursday 24 March 2016")
                    .contains("宣言簽署", "Signing")
                    .contains("第 2 頁 · Page 2");
            for (PublishedAgenda.PublishedSession session : release.sessions()) {
                assertThat(text)
                        .contains(session.title().zhHant())
                        .contains(session.title().en());
            }
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " is embedded")
                            .isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("NotoSansTC"));
        }
        assertThat(http.toBlocking()
                        .exchange(HttpRequest.GET("/api/summits/" + summit.id() + "/agenda.pdf"), byte[].class)
                        .body())
                .as("written once per release")
                .isEqualTo(printed.body());
    }

    @Test
    void aSummitWithoutAReleaseHasNothingToPrint() {
        Summit summit = summits.create(DemoData.TAIPEI_2016);

        HttpClientResponseException refused = catchThrowableOfType(
                HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/summits/" + summit.id() + "/agenda.pdf")));

        assertThat(refused.getStatus().getCode()).isEqualTo(404);
        assertThat(refused.getResponse().getBody(Map.class).orElseThrow())
                .containsEntry("code", "agenda.not-published");
    }
}
