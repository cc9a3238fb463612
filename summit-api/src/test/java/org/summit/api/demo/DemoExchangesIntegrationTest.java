package org.summit.api.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaDirectory;
import org.summit.agenda.Summit;
import org.summit.agenda.SummitService;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.exchanges.Exchange;
import org.summit.exchanges.ExchangeStatus;
import org.summit.exchanges.ExchangesService;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The demo's exchanges: placed in the demo programme's exchange blocks, which get their tables, one in each state a
 * new user should see, and an outcome that prints in both languages.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoExchangesIntegrationTest implements KafkaTestSupport {

    @Inject
    DemoCities demoCities;

    @Inject
    DemoProgramme programme;

    @Inject
    DemoExchanges demoExchanges;

    @Inject
    CitiesService cities;

    @Inject
    SummitService summits;

    @Inject
    AgendaDirectory directory;

    @Inject
    ExchangesService exchanges;

    @Inject
    AccountService accounts;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theDemoHasExchangesInEveryStateAndOnePlacedInTheProgrammesExchangeBlock() throws IOException {
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
        programme.load(summit, people);

        demoExchanges.loadWhenProgrammeIsKnown();

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(exchanges.all()).hasSize(5));
        assertThat(exchanges.blocks(summit.id())).hasSize(3).allSatisfy(block -> {
            assertThat(block.tables()).hasSize(4);
            assertThat(block.place().en()).isEqualTo("City Exchange Lounge");
        });
        assertThat(exchanges.all())
                .extracting(Exchange::status)
                .containsExactlyInAnyOrder(
                        ExchangeStatus.AGREED,
                        ExchangeStatus.AGREED,
                        ExchangeStatus.DECLINED,
                        ExchangeStatus.REQUESTED,
                        ExchangeStatus.REQUESTED);
        Exchange livingLabs = exchanges.all().get(0);
        assertThat(livingLabs.placement())
                .as("placed in an exchange block of the demo programme")
                .isNotNull();
        assertThat(exchanges.blocks(summit.id()))
                .extracting(block -> block.session().id())
                .contains(livingLabs.placement().blockId());
        assertThat(exchanges.all())
                .filteredOn(exchange -> exchange.status() == ExchangeStatus.AGREED)
                .as("every agreed demo exchange is placed")
                .allSatisfy(exchange -> assertThat(exchange.placement()).isNotNull());

        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        HttpResponse<byte[]> report = http.toBlocking()
                .exchange(organiser.send(HttpRequest.GET("/api/exchanges/outcomes.pdf")), byte[].class);
        try (PDDocument pdf = Loader.loadPDF(report.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .as("the report reads in both languages")
                    .contains("城市交流成果", "Exchange outcomes", "生活實驗室", "Living labs", "恩荷芬", "Eindhoven");
        }
    }
}
