package org.summit.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.cities.DelegationImport.ImportReport;
import org.summit.shared.CityCode;
import org.summit.shared.InvalidFileException;
import org.summit.shared.SharedProblem;
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

        assertRejected(
                () -> delegationImport.importCsv(DelegationFiles.bytes(broken)),
                tuple(102, "email", SharedProblem.EMAIL_INVALID.code()),
                tuple(1_003, "departs_on", CitiesProblem.TRAVEL_OUT_OF_ORDER.code()),
                tuple(1_952, "country", SharedProblem.COUNTRY_UNKNOWN.code()));
        assertThat(cities.allDelegates()).hasSize(delegatesBefore);
        assertThat(cities.find(code(prefix, 0))).isEmpty();
        assertThat(outbox.written()).isEqualTo(eventsBefore);

        ImportReport report = delegationImport.importCsv(DelegationFiles.bytes(lines));

        assertThat(report.rows()).isEqualTo(2_000);
        assertThat(report.citiesRegistered()).isEqualTo(40);
        assertThat(report.delegatesAdded()).isEqualTo(2_000);
        assertThat(report.signatoriesDesignated()).isEqualTo(40);
        assertThat(report.headsAppointed()).isEqualTo(40);
        assertThat(cities.allDelegates()).hasSize(delegatesBefore + 2_000);
        assertThat(cities.find(code(prefix, 3)).orElseThrow().name().en()).isEqualTo("City 3, Province");
        assertThat(cities.delegation(code(prefix, 3)))
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

        assertRejected(() -> delegationImport.importCsv(latin1), tuple(3, "", SharedProblem.CSV_NOT_UTF8.code()));
        assertThat(cities.find(code(prefix, 0))).isEmpty();
    }

    @Test
    void refusesAFileWithoutAColumnNamingIt() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.replaceAll(line -> line.substring(0, line.lastIndexOf(',')));

        assertRejected(
                () -> delegationImport.importCsv(DelegationFiles.bytes(lines)),
                tuple(1, "signatory", SharedProblem.CSV_COLUMN_MISSING.code()));
    }

    @Test
    void refusesMoreRowsThanItTakes() {
        byte[] huge = DelegationFiles.bytes(DelegationFiles.lines(prefix(), DelegationImport.MAX_ROWS + 1));

        assertThatThrownBy(() -> delegationImport.importCsv(huge))
                .isInstanceOfSatisfying(TooLargeException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(SharedProblem.CSV_TOO_MANY_ROWS);
                    assertThat(refused.args()).containsEntry("max", DelegationImport.MAX_ROWS);
                });
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

        assertRejected(
                () -> delegationImport.importCsv(DelegationFiles.bytes(lines)),
                tuple(3, "signatory", CitiesProblem.CSV_SIGNATORY_TWICE.code()),
                tuple(4, "email", CitiesProblem.CSV_PERSON_TWICE.code()),
                tuple(5, "email", CitiesProblem.DELEGATE_EMAIL_TAKEN.code()));
        assertThat(cities.find(code(prefix, 0))).isEmpty();
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

        assertRejected(
                () -> delegationImport.importCsv(DelegationFiles.bytes(lines)),
                tuple(3, "email", SharedProblem.EMAIL_INVALID.code()),
                tuple(3, "languages", SharedProblem.LANGUAGE_UNKNOWN.code()),
                tuple(3, "arrives_on", SharedProblem.DATE_INVALID.code()),
                tuple(3, "head_of_delegation", SharedProblem.CSV_YES_NO.code()));
    }

    @Test
    void refusesToMakeACityWithASignatoryAnObserverAndChangesNothing() {
        String prefix = prefix();
        List<String> lines = DelegationFiles.lines(prefix, 2);
        delegationImport.importCsv(DelegationFiles.bytes(lines));
        City before = cities.find(code(prefix, 0)).orElseThrow();
        long eventsBefore = outbox.written();
        List<String> observer = new ArrayList<>(lines);
        observer.set(1, observer.get(1).replace(",city,guest,", ",city,observer,"));

        assertRejected(
                () -> delegationImport.importCsv(DelegationFiles.bytes(observer)),
                tuple(2, "city_role", CitiesProblem.OBSERVER_WITH_SIGNATORY.code()));
        assertThat(cities.find(code(prefix, 0)).orElseThrow()).isEqualTo(before);
        assertThat(outbox.written()).isEqualTo(eventsBefore);
    }

    @Test
    void refusesARowWithTooManyFields() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.set(2, lines.get(2) + ",extra");

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(
                        InvalidFileException.class,
                        rejected -> assertThat(rejected.violations())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.line()).isEqualTo(3);
                                    assertThat(problem.code()).isEqualTo(SharedProblem.CSV_ROW_FIELD_COUNT);
                                    assertThat(problem.args())
                                            .containsEntry("count", 21)
                                            .containsEntry("expected", 20);
                                }));
    }

    @Test
    void refusesARowWithTooFewFields() {
        List<String> lines = new ArrayList<>(DelegationFiles.lines(prefix(), 2));
        lines.set(1, lines.get(1).substring(0, lines.get(1).lastIndexOf(',')));

        assertThatThrownBy(() -> delegationImport.importCsv(DelegationFiles.bytes(lines)))
                .isInstanceOfSatisfying(
                        InvalidFileException.class,
                        rejected -> assertThat(rejected.violations())
                                .singleElement()
                                .satisfies(problem -> {
                                    assertThat(problem.line()).isEqualTo(2);
                                    assertThat(problem.code()).isEqualTo(SharedProblem.CSV_ROW_FIELD_COUNT);
                                    assertThat(problem.args())
                                            .containsEntry("count", 19)
                                            .containsEntry("expected", 20);
                                }));
    }

    private static void assertRejected(ThrowingCallable importing, Tuple... lineColumnCode) {
        assertThatThrownBy(importing)
                .isInstanceOfSatisfying(
                        InvalidFileException.class,
                        rejected -> assertThat(rejected.violations())
                                .extracting(
                                        violation -> violation.line(),
                                        violation -> violation.field(),
                                        violation -> violation.code().code())
                                .containsExactlyInAnyOrder(lineColumnCode));
    }

    private static CityCode code(String prefix, int city) {
        return new CityCode(prefix + "-" + city);
    }

    private static String prefix() {
        return "imp-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
