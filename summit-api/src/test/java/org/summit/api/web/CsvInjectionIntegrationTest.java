package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.cities.CitiesService;
import org.summit.shared.kafka.KafkaTestSupport;

/**
 * The CSV files Summit hands out never hold a cell a spreadsheet would run as a formula, and what they hold imports
 * back as it was.
 */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvInjectionIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Inject
    CitiesService cities;

    @Test
    void theImportTemplatesPhoneNumberIsTextForSpreadsheetsAndImportsAsThePhoneNumber() throws IOException {
        LoggedIn organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);

        String template = http.toBlocking()
                .retrieve(organiser.send(HttpRequest.GET("/api/cities/import/template")), String.class);

        List<CSVRecord> rows = parse(template);
        int phone = rows.get(0).toList().indexOf("phone");
        assertThat(rows.get(1).get(phone)).isEqualTo("'+33 4 76 00 00 00");
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.toList())
                        .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));

        http.toBlocking()
                .exchange(
                        organiser.send(HttpRequest.POST("/api/cities/import", template.getBytes(StandardCharsets.UTF_8))
                                .contentType(MediaType.of("text/csv"))));

        assertThat(cities.delegateByEmail("claire.martin@example.org")
                        .orElseThrow()
                        .phone())
                .isEqualTo("+33 4 76 00 00 00");
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            return parser.getRecords();
        }
    }
}
