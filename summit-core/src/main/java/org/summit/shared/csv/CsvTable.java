package org.summit.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summit.shared.InvalidFileException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.TooLargeException;
import org.summit.shared.Violation;

/**
 * A CSV file as people save it from a spreadsheet, read as UTF-8 with a header row that must name exactly the
 * expected columns. What is wrong with the file as a whole (not UTF-8, a missing or unknown column, rows with too
 * many or too few fields) is refused here, every such problem at once; what is wrong with a value is the importing
 * context's to say, through its value types.
 */
public final class CsvTable {

    private CsvTable() {}

    /**
     * One data row.
     *
     * @param line the file's line it starts on, from 1 (the header)
     */
    public record Row(int line, Map<String, String> values) {

        /** The cell of {@code column}, stripped; empty when the cell is. */
        public String get(String column) {
            return values.getOrDefault(column, "").strip();
        }

        /** Whether every cell of {@code columns} is empty. */
        public boolean blank(List<String> columns) {
            return columns.stream().allMatch(column -> get(column).isEmpty());
        }
    }

    /**
     * The rows of {@code file}, whose header must hold exactly {@code columns} (in any order).
     *
     * @throws InvalidFileException listing every problem of the file's form
     * @throws TooLargeException when it has more than {@code maxRows} rows
     */
    public static List<Row> read(byte[] file, List<String> columns, int maxRows) {
        String text = decode(file);
        if (text.isBlank()) {
            throw InvalidFileException.of(SharedProblem.CSV_EMPTY, Map.of("columns", String.join(", ", columns)), 0);
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
            checkHeader(parser.getHeaderNames(), columns);
            List<Row> rows = new ArrayList<>();
            List<Violation> problems = new ArrayList<>();
            long lineBefore = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (rows.size() + problems.size() >= maxRows) {
                    throw new TooLargeException(SharedProblem.CSV_TOO_MANY_ROWS, Map.of("max", maxRows));
                }
                if (!record.isConsistent()) {
                    problems.add(new Violation(
                                    "",
                                    SharedProblem.CSV_ROW_FIELD_COUNT,
                                    Map.of(
                                            "count",
                                            record.size(),
                                            "expected",
                                            parser.getHeaderNames().size()))
                            .onLine(line));
                    continue;
                }
                // Cells Summit's own exports marked as text ('+33 …) are read as what was exported.
                rows.add(new Row(line, CsvExport.restore(record.toMap())));
            }
            if (!problems.isEmpty()) {
                throw rejected(problems);
            }
            if (rows.isEmpty()) {
                throw InvalidFileException.of(SharedProblem.CSV_NO_ROWS, Map.of(), 0);
            }
            return rows;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw unreadable(e.getMessage());
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause().getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a file for the problems found in its rows, listed by line; nothing of it is stored. */
    public static InvalidFileException rejected(List<Violation> problems) {
        List<Violation> byLine = problems.stream()
                .sorted((a, b) -> Integer.compare(lineOf(a), lineOf(b)))
                .toList();
        long rows = byLine.stream().map(CsvTable::lineOf).distinct().count();
        return new InvalidFileException(SharedProblem.CSV_REJECTED, Map.of("count", rows), byLine);
    }

    private static int lineOf(Violation violation) {
        return violation.line() == null ? 0 : violation.line();
    }

    private static InvalidFileException unreadable(String reason) {
        return InvalidFileException.of(SharedProblem.CSV_UNREADABLE, Map.of("reason", Texts.abbreviate(reason)), 0);
    }

    private static String decode(byte[] file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(file);
        try {
            String text = decoder.decode(bytes).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = lineOf(file, bytes.position());
            throw InvalidFileException.of(SharedProblem.CSV_NOT_UTF8, Map.of("line", line), line);
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

    private static void checkHeader(List<String> header, List<String> columns) {
        List<Violation> problems = new ArrayList<>();
        List<String> stripped = header.stream().map(String::strip).toList();
        for (String column : columns) {
            if (!stripped.contains(column)) {
                problems.add(new Violation(column, SharedProblem.CSV_COLUMN_MISSING, Map.of("column", column), 1));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String column = stripped.get(i);
            if (!columns.contains(column)) {
                problems.add(new Violation(
                        column, SharedProblem.CSV_COLUMN_UNKNOWN, Map.of("column", Texts.abbreviate(column)), 1));
            } else if (!column.equals(header.get(i))) {
                problems.add(new Violation(column, SharedProblem.CSV_COLUMN_SPACES, Map.of("column", column), 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(
                    SharedProblem.CSV_HEADER_INVALID, Map.of("columns", String.join(", ", columns)), problems);
        }
    }
}
