package org.summit.api.cities;

import java.util.List;
import org.summit.cities.DelegationImport;
import org.summit.shared.csv.CsvExport;

/** The file organisers start from: every column the import reads, and two rows that show how they are filled. */
final class DelegationImportTemplate {

    static final String CSV = CsvExport.write(
            DelegationImport.COLUMNS,
            List.of(
                    List.of(
                            "grenoble",
                            "格勒諾布爾",
                            "Grenoble-Alpes Métropole",
                            "city",
                            "guest",
                            "FR",
                            "Europe/Paris",
                            "馬丁",
                            "Claire Martin",
                            "市長",
                            "Mayor",
                            "claire.martin@example.org",
                            "+33 4 76 00 00 00",
                            "fr;en",
                            "yes",
                            "2016-03-22",
                            "2016-03-25",
                            "en",
                            "yes",
                            "yes"),
                    List.of(
                            "grenoble",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "",
                            "杜蘭",
                            "Paul Durand",
                            "數位轉型顧問",
                            "Digital transformation adviser",
                            "paul.durand@example.org",
                            "",
                            "fr",
                            "yes",
                            "2016-03-22",
                            "2016-03-25",
                            "en",
                            "no",
                            "no")));

    private DelegationImportTemplate() {}
}
