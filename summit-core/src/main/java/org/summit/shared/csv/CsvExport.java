package org.summit.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the CSV files Summit hands out (templates, attendee lists, outcomes). <strong>Every CSV export must go
 * through this class</strong>, never through a {@link CSVPrinter} of its own: people open these files in a
 * spreadsheet, and a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
 * runs there as a formula (CSV injection: a delegate named {@code =HYPERLINK(…)} or {@code =cmd|…}). Such a cell is
 * written with a leading {@code '}, which spreadsheets read as "this is text".
 *
 * <p>The prefix is reversible: {@link #restore(String)} takes it off again, so a file Summit exported imports back
 * unchanged (a phone number {@code +33 4 76…} is exported as {@code '+33 4 76…} and imported as {@code +33 4 76…}).
 * A cell that itself starts with {@code '} before such a character gets one more {@code '}, so the round trip loses
 * nothing.
 */
public final class CsvExport {

    /** RFC 4180: comma, double quotes where needed, CRLF between records. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private static final char TEXT_MARK = '\'';

    private CsvExport() {}

    /** The file: the header, then one record per row; {@code null} cells are written empty. */
    public static String write(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(cells(header));
            for (List<?> row : rows) {
                printer.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as the file holds it: with a leading {@code '} when a spreadsheet would run it as a formula. */
    public static String neutralise(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        return needsMark(text) ? TEXT_MARK + text : text;
    }

    /** What {@link #neutralise} was given: an import reads every cell through this. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == TEXT_MARK && needsMark(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Every cell of a record read by column name, {@link #restore restored}. */
    public static Map<String, String> restore(Map<String, String> record) {
        Map<String, String> restored = new LinkedHashMap<>();
        record.forEach((column, cell) -> restored.put(column, restore(cell)));
        return restored;
    }

    private static List<String> cells(List<?> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            cells.add(neutralise(cell));
        }
        return cells;
    }

    /** Starts with a formula character, after any number of text marks. */
    private static boolean needsMark(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == TEXT_MARK) {
            first++;
        }
        if (first == text.length()) {
            return false;
        }
        return switch (text.charAt(first)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
