package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.summit.shared.CityCode;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.ProblemCode;
import org.summit.shared.Refusal;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.TooLargeException;
import org.summit.shared.Violation;
import org.summit.shared.Violations;
import org.summit.shared.csv.CsvTable;
import org.summit.shared.csv.CsvTable.Row;

/**
 * Imports cities and their delegates from a UTF-8 CSV file, one delegate per row with their city's details on one of
 * its rows. The file adds and updates, and never removes, withdraws or undesignates; rows are matched by city code
 * and e-mail, so importing the same file again changes nothing.
 *
 * <p>The import states no rule of its own about cities and delegates: each row's values are read by the same value
 * types as the forms ({@link CityDetails#from}, {@link DelegateProfile#from}) and applied through the same
 * {@link CitiesService} intents, all in one transaction. A refusal is reported on its row and column with the code the
 * form would give, every row is tried, and if anything was refused the transaction is rolled back: nothing of the
 * file is stored, no event is published. What only a file can get wrong (its form, one person on two rows, a city's
 * details differing between rows) is checked here.
 */
@Singleton
public class DelegationImport {

    /** The most data rows one file may hold. */
    public static final int MAX_ROWS = 10_000;

    /** The columns every file has, in the order the template writes them. */
    public static final List<String> COLUMNS = List.of(
            "city",
            "city_name_zh_hant",
            "city_name_en",
            "city_kind",
            "city_role",
            "country",
            "time_zone",
            "name_zh_hant",
            "name_en",
            "title_zh_hant",
            "title_en",
            "email",
            "phone",
            "languages",
            "needs_interpretation",
            "arrives_on",
            "departs_on",
            "preferred_language",
            "head_of_delegation",
            "signatory");

    private static final List<String> CITY_COLUMNS =
            List.of("city_name_zh_hant", "city_name_en", "city_kind", "city_role", "country", "time_zone");
    private static final List<String> DELEGATE_COLUMNS =
            COLUMNS.subList(COLUMNS.indexOf("name_zh_hant"), COLUMNS.size());

    /** The column of each field the value types and the service name. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(
            Map.entry("id", "city"),
            Map.entry("cityId", "city"),
            Map.entry("city.name", "city_name_en"),
            Map.entry("city.name.zh-Hant", "city_name_zh_hant"),
            Map.entry("city.name.en", "city_name_en"),
            Map.entry("city.kind", "city_kind"),
            Map.entry("city.role", "city_role"),
            Map.entry("city.country", "country"),
            Map.entry("city.timeZone", "time_zone"),
            Map.entry("name", "name_en"),
            Map.entry("name.zh-Hant", "name_zh_hant"),
            Map.entry("name.en", "name_en"),
            Map.entry("title", "title_en"),
            Map.entry("title.zh-Hant", "title_zh_hant"),
            Map.entry("title.en", "title_en"),
            Map.entry("languages", "languages"),
            Map.entry("email", "email"),
            Map.entry("phone", "phone"),
            Map.entry("arrivesOn", "arrives_on"),
            Map.entry("departsOn", "departs_on"),
            Map.entry("preferredLanguage", "preferred_language"));

    /** The column a refusal of the service belongs to, for refusals that name no field. */
    private static final Map<CitiesProblem, String> COLUMN_OF_REFUSAL = Map.of(
            CitiesProblem.CITY_CODE_TAKEN, "city",
            CitiesProblem.CITY_WITHDRAWN, "city",
            CitiesProblem.OBSERVER_WITH_SIGNATORY, "city_role",
            CitiesProblem.OBSERVERS_DO_NOT_SIGN, "signatory",
            CitiesProblem.SIGNATORY_ALREADY_DESIGNATED, "signatory",
            CitiesProblem.DELEGATE_EMAIL_TAKEN, "email");

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "否");

    private final CitiesService cities;

    DelegationImport(CitiesService cities) {
        this.cities = cities;
    }

    /**
     * What an import changed.
     *
     * @param rows the data rows read
     * @param unchangedDelegates delegates already exactly as the file says
     */
    @Serdeable
    public record ImportReport(
            int rows,
            int citiesRegistered,
            int citiesUpdated,
            int delegatesAdded,
            int delegatesUpdated,
            int unchangedDelegates,
            int signatoriesDesignated,
            int headsAppointed) {}

    /**
     * Checks the file and, if every row can be applied, imports it.
     *
     * @throws org.summit.shared.InvalidFileException listing every problem by line and column; nothing is stored
     * @throws TooLargeException when the file has more than {@value #MAX_ROWS} rows
     */
    @Transactional
    public ImportReport importCsv(byte[] file) {
        List<Row> rows = CsvTable.read(file, COLUMNS, MAX_ROWS);
        List<Violation> problems = new ArrayList<>();
        // Rows whose values were refused are left out of the plan; the others are applied even so, so that what the
        // service refuses in them is reported in the same answer.
        Plan plan = read(rows, problems);
        ImportReport report = apply(plan, problems);
        if (!problems.isEmpty()) {
            // Everything applied so far is rolled back with the transaction, its events with it.
            throw CsvTable.rejected(problems);
        }
        return report;
    }

    private record PlannedCity(int line, CityCode code, CityDetails details) {}

    private record PlannedDelegate(int line, CityCode city, DelegateProfile profile, boolean head, boolean signs) {}

    private record Plan(
            int rows, List<PlannedCity> cities, List<PlannedDelegate> delegates, Set<String> citiesInError) {}

    /** Reads every row with the value types, and checks what only a file can get wrong. */
    private Plan read(List<Row> rows, List<Violation> problems) {
        Map<String, PlannedCity> cityRows = new LinkedHashMap<>();
        List<PlannedDelegate> delegates = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        Map<String, Integer> signatoryLines = new HashMap<>();
        Map<String, Integer> headLines = new HashMap<>();
        // A city whose details are wrong is reported once, on its own row, not again on each of its delegates' rows.
        Set<String> citiesInError = new HashSet<>();
        for (Row row : rows) {
            RowProblems found = new RowProblems(row.line(), problems);
            CityCode code = found.read(() -> CityCode.parse("city", row.get("city")));
            if (!row.blank(CITY_COLUMNS)) {
                PlannedCity planned = found.read(() -> {
                    PlannedCity city = new PlannedCity(row.line(), code, cityDetails(row));
                    if (code != null) {
                        PlannedCity earlier = cityRows.putIfAbsent(code.value(), city);
                        if (earlier != null && !earlier.details().equals(city.details())) {
                            found.add(
                                    "city",
                                    CitiesProblem.CSV_CITY_DETAILS_DIFFER,
                                    Map.of("code", code.value(), "line", earlier.line()));
                        }
                    }
                    return city;
                });
                if (planned == null && code != null) {
                    citiesInError.add(code.value());
                }
            }
            if (row.blank(DELEGATE_COLUMNS)) {
                continue;
            }
            DelegateProfile profile = found.read(() -> profile(row));
            boolean heads = Boolean.TRUE.equals(found.read(() -> yesOrNo(row, "head_of_delegation")));
            boolean signs = Boolean.TRUE.equals(found.read(() -> yesOrNo(row, "signatory")));
            if (profile == null || code == null) {
                continue;
            }
            Integer earlier = emailLines.putIfAbsent(profile.email(), row.line());
            if (earlier != null) {
                found.add("email", CitiesProblem.CSV_PERSON_TWICE, Map.of("email", profile.email(), "line", earlier));
                continue;
            }
            Integer otherSignatory = signs ? signatoryLines.putIfAbsent(code.value(), row.line()) : null;
            if (otherSignatory != null) {
                found.add(
                        "signatory",
                        CitiesProblem.CSV_SIGNATORY_TWICE,
                        Map.of("code", code.value(), "line", otherSignatory));
            }
            Integer otherHead = heads ? headLines.putIfAbsent(code.value(), row.line()) : null;
            if (otherHead != null) {
                found.add(
                        "head_of_delegation",
                        CitiesProblem.CSV_HEAD_TWICE,
                        Map.of("code", code.value(), "line", otherHead));
            }
            // A second signatory or head is reported here, and not designated again by the service.
            delegates.add(new PlannedDelegate(
                    row.line(), code, profile, heads && otherHead == null, signs && otherSignatory == null));
        }
        return new Plan(rows.size(), List.copyOf(cityRows.values()), delegates, citiesInError);
    }

    /** Applies the plan through the service's intents; each refusal is reported on its row. */
    private ImportReport apply(Plan plan, List<Violation> problems) {
        int registered = 0;
        int updated = 0;
        Set<String> citiesInError = new HashSet<>(plan.citiesInError());
        for (PlannedCity planned : plan.cities()) {
            RowProblems found = new RowProblems(planned.line(), problems);
            Optional<City> existing = cities.find(planned.code());
            boolean applied = found.apply(() -> existing.isEmpty()
                    ? cities.register(planned.code(), planned.details())
                    : cities.revise(planned.code(), existing.get().version(), planned.details()));
            if (!applied) {
                citiesInError.add(planned.code().value());
            } else if (existing.isEmpty()) {
                registered++;
            } else if (!existing.get().details().equals(planned.details())) {
                updated++;
            }
        }
        int added = 0;
        int revised = 0;
        int unchanged = 0;
        int designated = 0;
        int heads = 0;
        for (PlannedDelegate planned : plan.delegates()) {
            if (citiesInError.contains(planned.city().value())) {
                continue;
            }
            RowProblems found = new RowProblems(planned.line(), problems);
            if (cities.find(planned.city()).isEmpty()) {
                found.add(
                        "city_name_en",
                        CitiesProblem.CSV_CITY_NOT_REGISTERED,
                        Map.of("code", planned.city().value()));
                continue;
            }
            Optional<Delegate> existing =
                    cities.delegateByEmail(planned.profile().email());
            if (existing.isPresent()
                    && !existing.get().cityId().equals(planned.city().value())) {
                found.add(
                        "email",
                        CitiesProblem.DELEGATE_EMAIL_TAKEN,
                        Map.of(
                                "email",
                                planned.profile().email(),
                                "city",
                                cities.city(new CityCode(existing.get().cityId()))
                                        .name()));
                continue;
            }
            Delegate delegate = found.get(() -> existing.isEmpty()
                    ? cities.addDelegate(planned.city(), planned.profile())
                    : cities.reviseDelegate(
                            planned.city(), existing.get().id(), existing.get().version(), planned.profile()));
            if (delegate == null) {
                continue;
            }
            if (existing.isEmpty()) {
                added++;
            } else if (existing.get().profile().equals(planned.profile())) {
                unchanged++;
            } else {
                revised++;
            }
            City city = cities.city(planned.city());
            if (planned.signs() && !delegate.id().equals(city.signatoryDelegateId())) {
                if (found.apply(() -> cities.designateSignatory(planned.city(), delegate.id()))) {
                    designated++;
                }
            }
            if (planned.head() && !delegate.id().equals(city.headDelegateId())) {
                if (found.apply(() -> cities.appointHead(planned.city(), delegate.id()))) {
                    heads++;
                }
            }
        }
        return new ImportReport(plan.rows(), registered, updated, added, revised, unchanged, designated, heads);
    }

    private static CityDetails cityDetails(Row row) {
        List<Violation> empty = new ArrayList<>();
        for (String column : CITY_COLUMNS) {
            if (row.get(column).isEmpty()) {
                empty.add(new Violation(column, CitiesProblem.CSV_CITY_COLUMN_EMPTY, Map.of()));
            }
        }
        if (!empty.isEmpty()) {
            throw new InvalidInputException(empty);
        }
        try {
            return CityDetails.from(
                    LocalizedText.of(row.get("city_name_zh_hant"), row.get("city_name_en")),
                    row.get("city_kind"),
                    row.get("city_role"),
                    row.get("country"),
                    row.get("time_zone"),
                    null);
        } catch (InvalidInputException refused) {
            // The value type names its own fields; on a delegate's row they are the city's.
            throw new InvalidInputException(refused.violations().stream()
                    .map(violation -> violation.inField("city." + violation.field()))
                    .toList());
        }
    }

    private static DelegateProfile profile(Row row) {
        List<String> languages = Arrays.stream(row.get("languages").split(";"))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .toList();
        String preferred = row.get("preferred_language");
        if (preferred.isEmpty()) {
            preferred = languages.stream()
                            .anyMatch(tag -> tag.toLowerCase(Locale.ROOT).startsWith("zh"))
                    ? "zh-Hant"
                    : "en";
        }
        String writesIn = preferred;
        Violations problems = new Violations();
        Boolean interpretation = problems.read(() -> yesOrNo(row, "needs_interpretation"));
        return problems.build(() -> DelegateProfile.from(
                LocalizedText.of(row.get("name_zh_hant"), row.get("name_en")),
                LocalizedText.of(row.get("title_zh_hant"), row.get("title_en")),
                languages,
                Boolean.TRUE.equals(interpretation),
                row.get("arrives_on"),
                row.get("departs_on"),
                row.get("email"),
                row.get("phone"),
                writesIn));
    }

    private static Boolean yesOrNo(Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw InvalidInputException.of(column, SharedProblem.CSV_YES_NO, Map.of("value", Texts.abbreviate(value)));
    }

    /** What is wrong with one row, each problem in the column of the file it belongs to. */
    private static final class RowProblems {
        private final int line;
        private final List<Violation> problems;

        RowProblems(int line, List<Violation> problems) {
            this.line = line;
            this.problems = problems;
        }

        void add(String column, ProblemCode code, Map<String, ?> args) {
            problems.add(new Violation(column, code, Map.copyOf(args), line));
        }

        /** The value read, or null when the row's values were refused (and reported). */
        @Nullable
        <T> T read(Supplier<T> reading) {
            try {
                return reading.get();
            } catch (InvalidInputException refused) {
                report(refused);
                return null;
            }
        }

        /** The result of a service intent, or null when the service refused it (reported on the row). */
        @Nullable
        <T> T get(Supplier<T> intent) {
            try {
                return intent.get();
            } catch (Refusal refused) {
                report(refused);
                return null;
            }
        }

        private void report(Refusal refused) {
            List<Violation> violations = refused.violations().isEmpty()
                    ? List.of(new Violation("city", refused.code(), refused.args()))
                    : refused.violations();
            for (Violation violation : violations) {
                String column =
                        violation.code() instanceof CitiesProblem problem && COLUMN_OF_REFUSAL.containsKey(problem)
                                ? COLUMN_OF_REFUSAL.get(problem)
                                : COLUMN_OF.getOrDefault(violation.field(), violation.field());
                problems.add(violation.inField(column).onLine(line));
            }
        }

        boolean apply(Supplier<?> intent) {
            int before = problems.size();
            get(intent);
            return problems.size() == before;
        }
    }
}
