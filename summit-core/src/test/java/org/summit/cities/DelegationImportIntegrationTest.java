package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.DelegationImport.ImportReport;
import org.summit.cities.ImportRejectedException.RowProblem;
import org.summit.shared.TooLargeException;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegationImportIntegrationTest implements KafkaTestSupport {

    @Inject
    DelegationImport delegationImport;

    @Inject
    CitiesService cities;

    @Inject
    Outbox outbox;

    @Test
    void refusesAFileWithBrokenRowsReportingExactlyThoseRowsAndImportsItOnceCorrected() {
        String prefix = prefix();
        List<String> lines = DelegationFiles.lines(prefix, 2_000);
        List<String> broken = new ArrayList<>(lines);
        broken.set(101, broken.get(101).replace(prefix + ".delegate100@example.org", "delegate100-at-example.org"));
        broken.set(1_002, broken.get(1_002).replace("2016-03-25", "2016-03-20"));
        broken.set(1_951, broken.get(1_951).replace(",FR,", ",XX,"));
        int delegatesBefore = cities.allDelegates().size();
        long eventsBefore = outbox.written();

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(broken)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    assertThat(rejected.getMessage()).contains("Nothing was imported: 3 rows");
                    assertThat(rejected.problems())
                            .extracting(RowProblem::line, RowProblem::column)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(102, "email"),
                                    org.assertj.core.groups.Tuple.tuple(1_003, "departs_on"),
                                    org.assertj.core.groups.Tuple.tuple(1_952, "country"));
                });
        assertThat(cities.allDelegates()).hasSize(delegatesBefore);
        assertThat(cities.find(prefix + "-0")).isEmpty();
        assertThat(outbox.written()).isEqualTo(eventsBefore);

        ImportReport report = delegationImport.importCsv(DelegationFiles.bytes(lines));

        assertThat(report.rows()).isEqualTo(2_000);
        assertThat(report.citiesRegistered()).isEqualTo(40);
        assertThat(report.delegatesAdded()).isEqualTo(2_000);
        assertThat(report.signatoriesDesignated()).isEqualTo(40);
        assertThat(report.headsAppointed()).isEqualTo(40);
        assertThat(cities.allDelegates()).hasSize(delegatesBefore + 2_000);
        assertThat(cities.find(prefix + "-3").orElseThrow().name().en()).isEqualTo("City 3, Province");
        assertThat(cities.delegation(prefix + "-3"))
                .extracting(d -> d.name().zhHant())
                .contains("代表150");
        long eventsAfterImport = outbox.written();
        assertThat(eventsAfterImport - eventsBefore).isEqualTo(40 + 2_000 + 40 + 40);

        ImportReport again = delegationImport.importCsv(DelegationFiles.bytes(lines));

        assertThat(again).isEqualTo(new ImportReport(2_000, 0, 0, 0, 0, 2_000, 0, 0));
        assertThat(outbox.written()).isEqualTo(eventsAfterImport);
        assertThat(cities.allDelegates()).hasSize(delegatesBefore + 2_000);
    }

    @Test
    void updatesWhatChangedSinceTheLastImport() {
        String prefix = prefix();
        List<String> lines = DelegationFiles.lines(prefix, 3);
        delegationImport.importCsv(DelegationFiles.bytes(lines));
        List<String> changed = new ArrayList<>(lines);
        changed.set(2, changed.get(2).replace("Delegate 1,", "Delegate One,"));

        ImportReport report = delegationImport.importCsv(DelegationFiles.bytes(changed));

        assertThat(report.delegatesUpdated()).isEqualTo(1);
        assertThat(report.unchangedDelegates()).isEqualTo(2);
        assertThat(cities.delegateByEmail(prefix + ".delegate1@example.org")
                        .orElseThrow()
                        .nameEn())
                .isEqualTo("Delegate One");
    }

    @Test
    void refusesAFileThatIsNotUtf8SayingOnWhichLine() {
        String prefix = prefix();
        byte[] latin1 = (String.join("\r\n", DelegationFiles.lines(prefix, 3)).replace("代表1", "Zoë"))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> delegationImport.importCsv(latin1))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    assertThat(rejected.getMessage()).contains("not UTF-8");
                    assertThat(rejected.problems()).extracting(RowProblem::line).containsExactly(3);
                });
        assertThat(cities.find(prefix + "-0")).isEmpty();
    }

    @Test
    void refusesAFileWithoutAColumnNamingIt() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.replaceAll(line -> line.substring(0, line.lastIndexOf(',')));

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(RowProblem::line, RowProblem::column)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "signatory")));
    }

    @Test
    void refusesMoreRowsThanItTakes() {
        byte[] huge = DelegationFiles.bytes(DelegationFiles.lines(prefix(), DelegationImport.MAX_ROWS + 1));

        assertThatThrownBy(() -> delegationImport.importCsv(huge))
                .isInstanceOf(TooLargeException.class)
                .hasMessageContaining("more than " + DelegationImport.MAX_ROWS + " rows");
    }

    @Test
    void refusesTwoSignatoriesTheSamePersonTwiceAndAPersonOfAnotherDelegation() {
        String other = prefix();
        delegationImport.importCsv(DelegationFiles.bytes(DelegationFiles.lines(other, 1)));
        String prefix = prefix();
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix, 4));
        lines.set(2, lines.get(2).replaceAll(",no,no$", ",no,yes"));
        lines.set(3, lines.get(3).replace(prefix + ".delegate2@", prefix + ".delegate1@"));
        lines.set(4, lines.get(4).replace(prefix + ".delegate3@", other + ".delegate0@"));

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(
                                        RowProblem::line,
                                        RowProblem::column,
                                        problem -> problem.message()
                                                .replaceAll(
                                                        ".*(already has its signatory on line 2|already on line 3|"
                                                                + "already in the delegation of).*",
                                                        "$1"))
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                3, "signatory", "already has its signatory on line 2"),
                                        org.assertj.core.groups.Tuple.tuple(4, "email", "already on line 3"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                5, "email", "already in the delegation of")));
        assertThat(cities.find(prefix + "-0")).isEmpty();
    }

    @Test
    void reportsEveryProblemOfARowAtOnce() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.set(
                2,
                lines.get(2)
                        .replace("@example.org", "@")
                        .replace("2016-03-22", "22/03/2016")
                        .replace("fr;en", "French")
                        .replace(",no,no", ",maybe,no"));

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    assertThat(rejected.getMessage()).contains("1 row has a problem");
                    assertThat(rejected.problems())
                            .extracting(RowProblem::line, RowProblem::column)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple(3, "arrives_on"),
                                    org.assertj.core.groups.Tuple.tuple(3, "head_of_delegation"),
                                    org.assertj.core.groups.Tuple.tuple(3, "languages"),
                                    org.assertj.core.groups.Tuple.tuple(3, "email"));
                });
    }

    @Test
    void refusesToMakeACityWithASignatoryAnObserver() {
        String prefix = prefix();
        List<String> lines = DelegationFiles.lines(prefix, 2);
        delegationImport.importCsv(DelegationFiles.bytes(lines));
        List<String> observer = new ArrayList<>(lines);
        observer.set(1, observer.get(1).replace(",city,guest,", ",city,observer,"));

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(observer)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.problems())
                                .extracting(RowProblem::line, RowProblem::column)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "city_role")));
        assertThat(cities.find(prefix + "-0").orElseThrow().role()).isEqualTo(CityRole.GUEST);
    }

    @Test
    void refusesARowWithTheWrongNumberOfFields() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.set(2, lines.get(2) + ",extra");

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(
                        ImportRejectedException.class,
                        rejected -> assertThat(rejected.problems())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.line()).isEqualTo(3);
                                    assertThat(problem.message()).contains("21 fields; the header has 20");
                                }));
    }

    private static String prefix() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
