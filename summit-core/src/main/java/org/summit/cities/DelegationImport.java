package org.summit.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summit.cities.ImportRejectedException.RowProblem;
import org.summit.shared.Choices;
import org.summit.shared.EmailAddress;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Texts;
import org.summit.shared.TooLargeException;
import org.summit.shared.csv.CsvExport;

/**
 * Imports cities and their delegates from a UTF-8 CSV file, one delegate per row with their city's details. The
 * whole file is checked first, against itself and against what is stored; if anything is wrong, every bad row is
 * reported and nothing is imported. Otherwise it is applied in one transaction through the {@link CitiesService},
 * so each change raises its usual event. Rows are matched by city code and e-mail, so importing the same file again
 * changes nothing; the file adds and updates, and never removes, withdraws or undesignates.
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
    private static final Map<String, String> CITY_FIELDS = Map.of(
            "name", "city_name_en",
            "name.zh-Hant", "city_name_zh_hant",
            "name.en", "city_name_en",
            "kind", "city_kind",
            "role", "city_role",
            "country", "country",
            "timeZone", "time_zone");
    private static final Map<String, String> DELEGATE_FIELDS = Map.ofEntries(
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
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "是");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0", "否");

    private final CitiesService cities;

    DelegationImport(CitiesService cities) {
        this.cities = cities;
    }

    /**
     * Checks the file and, if it is clean, imports it.
     *
     * @throws ImportRejectedException listing every problem, when anything is wrong; nothing is stored
     * @throws TooLargeException when the file has more than {@value #MAX_ROWS} rows
     */
    @Transactional
    public ImportReport importCsv(byte[] file) {
        List<RowProblem> problems = new ArrayList<>();
        List<Row> rows = rows(decode(file), problems);
        Plan plan = check(rows, problems);
        return apply(plan);
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

    private record Row(int line, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }

        boolean blank(List<String> columns) {
            return columns.stream().allMatch(column -> get(column).isEmpty());
        }
    }

    private record PlannedCity(int line, CityDetails details) {}

    private record PlannedDelegate(int line, String cityId, DelegateProfile profile, boolean head, boolean signs) {}

    private record Plan(int rows, Map<String, PlannedCity> cities, List<PlannedDelegate> delegates) {}

    private static String decode(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file);
        try {
            String text = decoder.decode(bytes).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int line = lineOf(file, bytes.position());
            throw rejected(
                    "The file is not UTF-8 text: save it as \"CSV UTF-8\" and import it again",
                    new RowProblem(line, "", "Line " + line + " has bytes that are not UTF-8"));
        } catch (CharacterCodingException e) {
            throw rejected("The file is not UTF-8 text: save it as \"CSV UTF-8\" and import it again");
        }
    }

    private static int lineOf(byte[] file, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < file.length; i++) {
            if (file[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<Row> rows(String text, List<RowProblem> problems) {
        if (text.isBlank()) {
            throw rejected("The file is empty: it needs a header row with the columns " + String.join(", ", COLUMNS));
        }
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            checkHeader(parser.getHeaderNames());
            List<Row> rows = new ArrayList<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    throw new TooLargeException("The file has more than " + MAX_ROWS
                            + " rows: import it in parts of at most " + MAX_ROWS + " rows");
                }
                if (!record.isConsistent()) {
                    problems.add(new RowProblem(
                            line,
                            "",
                            "Line " + line + " has " + record.size() + " fields; the header has "
                                    + parser.getHeaderNames().size()
                                    + " (a comma inside a value needs the value in double quotes)"));
                    continue;
                }
                // Cells Summit's own exports marked as text ('+33 …) are read as what was exported.
                rows.add(new Row(line, CsvExport.restore(record.toMap())));
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                throw rejected("The file has a header but no rows");
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw rejected("The file is not a CSV file Summit can read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw rejected("The file is not a CSV file Summit can read: "
                    + e.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(List<String> header) {
        List<RowProblem> problems = new ArrayList<>();
        List<String> stripped = header.stream().map(String::strip).toList();
        for (String column : COLUMNS) {
            if (!stripped.contains(column)) {
                problems.add(new RowProblem(1, column, "The column '" + column + "' is missing from the header"));
            }
        }
        for (String column : stripped) {
            if (!COLUMNS.contains(column)) {
                problems.add(new RowProblem(
                        1, column, "The column '" + Texts.abbreviate(column) + "' is not one Summit knows"));
            }
        }
        if (!stripped.equals(header)) {
            problems.add(new RowProblem(1, "", "A column name has spaces around it"));
        }
        if (!problems.isEmpty()) {
            throw rejected(
                    "The header does not have the columns Summit expects: " + String.join(", ", COLUMNS), problems);
        }
    }

    private Plan check(List<Row> rows, List<RowProblem> problems) {
        Map<String, City> stored = cities.list().stream().collect(Collectors.toMap(City::id, Function.identity()));
        Map<String, Delegate> storedByEmail =
                cities.allDelegates().stream().collect(Collectors.toMap(Delegate::email, Function.identity()));
        Map<String, PlannedCity> planned = new LinkedHashMap<>();
        Map<Integer, String> codes = new HashMap<>();
        // A city whose details are wrong is reported once, on its own row, not again on each of its delegates' rows.
        Set<String> citiesInError = new HashSet<>();

        for (Row row : rows) {
            try {
                String code = row.get("city");
                CitiesService.requireCode("city", code);
                codes.put(row.line(), code);
                City existing = stored.get(code);
                if (existing != null && !existing.attending()) {
                    throw new InvalidInputException("city", existing.nameEn() + " (" + code + ") has withdrawn");
                }
                if (row.blank(CITY_COLUMNS)) {
                    continue;
                }
                CityDetails details = cityDetails(row, existing);
                if (existing != null
                        && existing.signatoryDelegateId() != null
                        && !details.role().signs()) {
                    throw new InvalidInputException(
                            "role",
                            existing.nameEn() + " has a designated signatory: withdraw the designation before making"
                                    + " it an observer, which does not sign");
                }
                PlannedCity earlier = planned.putIfAbsent(code, new PlannedCity(row.line(), details));
                if (earlier != null && !earlier.details().equals(details)) {
                    throw new InvalidInputException(
                            "city",
                            "The details of " + code + " differ from line " + earlier.line()
                                    + ": give them once, or the same on every row");
                }
            } catch (InvalidInputException e) {
                problems.add(new RowProblem(row.line(), column(CITY_FIELDS, e.field()), e.getMessage()));
                if (codes.containsKey(row.line())) {
                    citiesInError.add(codes.get(row.line()));
                }
            } catch (RowInvalid e) {
                e.problems.forEach(problem -> problems.add(
                        new RowProblem(row.line(), column(CITY_FIELDS, problem.field()), problem.getMessage())));
                citiesInError.add(codes.get(row.line()));
            }
        }

        List<PlannedDelegate> delegates = new ArrayList<>();
        Map<String, Integer> emailLines = new HashMap<>();
        Map<String, Integer> signatoryLines = new HashMap<>();
        Map<String, Integer> headLines = new HashMap<>();
        for (Row row : rows) {
            String code = codes.get(row.line());
            if (code == null) {
                continue;
            }
            try {
                City existing = stored.get(code);
                CityDetails city = planned.containsKey(code)
                        ? planned.get(code).details()
                        : existing == null ? null : existing.details();
                boolean cityInError = citiesInError.contains(code);
                if (city == null && !cityInError) {
                    throw new InvalidInputException(
                            "city_name_en",
                            "The city '" + code + "' is not registered: give its name, kind, role, country and time"
                                    + " zone on one of its rows");
                }
                if (row.blank(DELEGATE_COLUMNS)) {
                    continue;
                }
                DelegateRow read = delegateRow(row);
                DelegateProfile profile = read.profile();
                Integer earlier = emailLines.putIfAbsent(profile.email(), row.line());
                if (earlier != null) {
                    throw new InvalidInputException(
                            "email", profile.email() + " is already on line " + earlier + ": one row per person");
                }
                Delegate member = storedByEmail.get(profile.email());
                if (member != null && !member.cityId().equals(code)) {
                    throw new InvalidInputException(
                            "email",
                            profile.email() + " is already in the delegation of " + member.cityId()
                                    + ": a person belongs to one delegation only");
                }
                boolean signs = read.signs();
                boolean head = read.head();
                if (signs && !cityInError) {
                    checkSignatory(code, city, existing, member, row, signatoryLines);
                }
                if (head) {
                    Integer otherHead = headLines.putIfAbsent(code, row.line());
                    if (otherHead != null) {
                        throw new InvalidInputException(
                                "head_of_delegation",
                                code + " already has its head of delegation on line " + otherHead);
                    }
                }
                delegates.add(new PlannedDelegate(row.line(), code, profile, head, signs));
            } catch (InvalidInputException e) {
                problems.add(new RowProblem(row.line(), column(DELEGATE_FIELDS, e.field()), e.getMessage()));
            } catch (RowInvalid e) {
                e.problems.forEach(problem -> problems.add(
                        new RowProblem(row.line(), column(DELEGATE_FIELDS, problem.field()), problem.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return new Plan(rows.size(), planned, delegates);
    }

    private static void checkSignatory(
            String code,
            CityDetails city,
            @Nullable City existing,
            @Nullable Delegate member,
            Row row,
            Map<String, Integer> signatoryLines) {
        if (!city.role().signs()) {
            throw new InvalidInputException(
                    "signatory", code + " is an observer delegation: observers do not sign the declaration");
        }
        Integer other = signatoryLines.putIfAbsent(code, row.line());
        if (other != null) {
            throw new InvalidInputException(
                    "signatory", code + " already has its signatory on line " + other + ": a city has exactly one");
        }
        if (existing != null
                && existing.signatoryDelegateId() != null
                && (member == null || !member.id().equals(existing.signatoryDelegateId()))) {
            throw new InvalidInputException(
                    "signatory",
                    code + " already has a designated signatory: withdraw that designation before designating"
                            + " another");
        }
    }

    private ImportReport apply(Plan plan) {
        int registered = 0;
        int updated = 0;
        for (Map.Entry<String, PlannedCity> entry : plan.cities().entrySet()) {
            CityDetails details = entry.getValue().details();
            var existing = cities.find(entry.getKey());
            if (existing.isEmpty()) {
                cities.register(entry.getKey(), details);
                registered++;
            } else if (!existing.get().details().equals(details)) {
                cities.revise(entry.getKey(), existing.get().version(), details);
                updated++;
            }
        }
        int added = 0;
        int revised = 0;
        int unchanged = 0;
        int designated = 0;
        int heads = 0;
        for (PlannedDelegate planned : plan.delegates()) {
            var existing = cities.delegateByEmail(planned.profile().email());
            Delegate delegate;
            if (existing.isEmpty()) {
                delegate = cities.addDelegate(planned.cityId(), planned.profile());
                added++;
            } else if (!existing.get().profile().equals(planned.profile())) {
                delegate = cities.reviseDelegate(
                        planned.cityId(), existing.get().id(), existing.get().version(), planned.profile());
                revised++;
            } else {
                delegate = existing.get();
                unchanged++;
            }
            if (planned.signs() || planned.head()) {
                City city = cities.find(planned.cityId()).orElseThrow();
                if (planned.signs() && !delegate.id().equals(city.signatoryDelegateId())) {
                    cities.designateSignatory(planned.cityId(), delegate.id());
                    designated++;
                }
                if (planned.head() && !delegate.id().equals(city.headDelegateId())) {
                    cities.appointHead(planned.cityId(), delegate.id());
                    heads++;
                }
            }
        }
        return new ImportReport(plan.rows(), registered, updated, added, revised, unchanged, designated, heads);
    }

    private static CityDetails cityDetails(Row row, @Nullable City existing) {
        List<InvalidInputException> problems = new ArrayList<>();
        for (String column : CITY_COLUMNS) {
            if (row.get(column).isEmpty()) {
                problems.add(new InvalidInputException(
                        column, column + " is empty: give all of the city's columns, or none on rows after its first"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RowInvalid(problems);
        }
        LocalizedText name = LocalizedText.of(row.get("city_name_zh_hant"), row.get("city_name_en"));
        String country = row.get("country").toUpperCase(Locale.ROOT);
        CityKind[] kind = new CityKind[1];
        CityRole[] role = new CityRole[1];
        problems.addAll(InvalidInputException.everyProblem(List.of(
                () -> kind[0] = Choices.parse(CityKind.class, "kind", row.get("city_kind")),
                () -> role[0] = Choices.parse(CityRole.class, "role", row.get("city_role")))));
        problems.addAll(CityDetails.problems(name, country, row.get("time_zone")));
        if (!problems.isEmpty()) {
            throw new RowInvalid(problems);
        }
        return new CityDetails(
                name,
                kind[0],
                role[0],
                country,
                row.get("time_zone"),
                existing == null ? null : existing.description());
    }

    /** A delegate's row, read: the profile and whether they head the delegation and sign for it. */
    private record DelegateRow(DelegateProfile profile, boolean head, boolean signs) {}

    private static DelegateRow delegateRow(Row row) {
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
        LocalizedText name = LocalizedText.of(row.get("name_zh_hant"), row.get("name_en"));
        LocalizedText title = LocalizedText.of(row.get("title_zh_hant"), row.get("title_en"));
        String email = EmailAddress.normalise(row.get("email"));
        // One cell each, read on their own, so that every problem of the row is reported together.
        LocalDate[] dates = new LocalDate[2];
        boolean[] flags = new boolean[3];
        List<InvalidInputException> problems = new ArrayList<>(InvalidInputException.everyProblem(List.of(
                () -> dates[0] = date(row, "arrives_on", "arrivesOn"),
                () -> dates[1] = date(row, "departs_on", "departsOn"),
                () -> flags[0] = yesOrNo(row, "needs_interpretation"),
                () -> flags[1] = yesOrNo(row, "head_of_delegation"),
                () -> flags[2] = yesOrNo(row, "signatory"))));
        problems.addAll(DelegateProfile.problems(
                name, title, languages, dates[0], dates[1], email, row.get("phone"), preferred));
        if (!problems.isEmpty()) {
            throw new RowInvalid(problems);
        }
        DelegateProfile profile = new DelegateProfile(
                name, title, languages, flags[0], dates[0], dates[1], email, row.get("phone"), preferred);
        return new DelegateRow(profile, flags[1], flags[2]);
    }

    /** Everything wrong with one row, each problem with its field. */
    private static final class RowInvalid extends RuntimeException {

        private final List<InvalidInputException> problems;

        RowInvalid(List<InvalidInputException> problems) {
            super(problems.get(0).getMessage(), null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    @Nullable
    private static LocalDate date(Row row, String column, String field) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, column + " '" + Texts.abbreviate(value) + "' is not a date: write it as 2016-03-23");
        }
    }

    private static boolean yesOrNo(Row row, String column) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw new InvalidInputException(
                column, column + " is '" + Texts.abbreviate(value) + "': write yes or no (or leave it empty for no)");
    }

    private static String column(Map<String, String> fields, String field) {
        return fields.getOrDefault(field, Objects.requireNonNullElse(field, ""));
    }

    private static ImportRejectedException rejected(String message, RowProblem... problems) {
        return new ImportRejectedException(message, List.of(problems));
    }

    private static ImportRejectedException rejected(List<RowProblem> problems) {
        List<RowProblem> byLine = problems.stream()
                .sorted(Comparator.comparingInt(RowProblem::line))
                .toList();
        long lines = byLine.stream().map(RowProblem::line).distinct().count();
        return new ImportRejectedException(
                "Nothing was imported: " + lines + (lines == 1 ? " row has" : " rows have") + " a problem. Correct "
                        + (lines == 1 ? "it" : "them") + " and import the file again",
                byLine);
    }

    private static ImportRejectedException rejected(String message, List<RowProblem> problems) {
        return new ImportRejectedException(message, problems);
    }
}
