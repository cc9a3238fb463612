package org.summit.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://evil.example\",\"click\")",
                "+1+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1,2)",
                "\t=1+1",
                "\r=1+1",
                "+33 4 76 00 00 00"
            })
    void aCellASpreadsheetWouldRunIsWrittenAsText(String cell) throws IOException {
        String file = CsvExport.write(List.of("name"), List.of(List.of(cell)));

        assertThat(parse(file).get(1).get(0)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Claire Martin", "馬丁", "2016-03-23", "a=b", "O'Brien", "", " =not first"})
    void anyOtherCellIsWrittenAsItIs(String cell) throws IOException {
        String file = CsvExport.write(List.of("name"), List.of(List.of(cell)));

        assertThat(parse(file).get(1).get(0)).isEqualTo(cell);
    }

    @Test
    void theHeaderIsNeutralisedToo() throws IOException {
        String file = CsvExport.write(List.of("=evil", "name"), List.of());

        assertThat(parse(file).get(0).values()).containsExactly("'=evil", "name");
    }

    @Test
    void writesRfc4180WithQuotesWhereNeededAndEmptyNulls() throws IOException {
        String file = CsvExport.write(List.of("a", "b", "c"), List.of(Arrays.asList("x, y", null, "say \"hi\"")));

        assertThat(file).isEqualTo("a,b,c\r\n\"x, y\",,\"say \"\"hi\"\"\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+33 4 76",
                "-",
                "@",
                "'=1+1",
                "''=1+1",
                "'",
                "''",
                "'abc",
                "abc",
                "",
                "'\t",
                "=",
                "O'Brien"
            })
    void restoreGivesBackExactlyWhatWasNeutralised(String cell) {
        assertThat(CsvExport.restore(CsvExport.neutralise(cell))).isEqualTo(cell);
    }

    @Test
    void aCellTypedWithTheMarkIsNotWhatASpreadsheetRuns() {
        assertThat(CsvExport.neutralise("'=1+1")).isEqualTo("''=1+1");
        assertThat(CsvExport.restore("'+33 4 76")).isEqualTo("+33 4 76");
        assertThat(CsvExport.restore("'abc")).isEqualTo("'abc");
    }

    @Test
    void aLongRunOfMarksIsHandledWithoutRecursion() {
        String marks = "'".repeat(1_000_000) + "=";

        assertThat(CsvExport.neutralise(marks)).hasSize(marks.length() + 1);
    }

    private static List<CSVRecord> parse(String file) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(file))
                .setFormat(CSVFormat.RFC4180)
                .get()) {
            return parser.getRecords();
        }
    }
}
