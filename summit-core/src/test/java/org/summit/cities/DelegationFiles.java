package org.summit.cities;

import java.util.ArrayList;
import java.util.List;

/**
 * Delegation files as organisers write them, for tests and the import benchmark: one row per delegate, the city's
 * details on its first row, Chinese names included.
 */
public final class DelegationFiles {

    /** Delegates per generated city. */
    public static final int DELEGATES_PER_CITY = 50;

    private DelegationFiles() {}

    /** The header and {@code delegates} valid rows, in cities whose codes start with {@code prefix}. */
    public static List<String> lines(String prefix, int delegates) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", DelegationImport.COLUMNS));
        for (int i = 0; i < delegates; i++) {
            int city = i / DELEGATES_PER_CITY;
            String code = prefix + "-" + city;
            boolean first = i % DELEGATES_PER_CITY == 0;
            String cityColumns =
                    first ? "城市" + city + ",\"City " + city + ", Province\",city,guest,FR,Europe/Paris" : ",,,,,";
            lines.add(code + "," + cityColumns + ",代表" + i + ",Delegate " + i + ",市長,\"Mayor, " + city + "\","
                    + prefix + ".delegate" + i + "@example.org,+33 4 76 00 " + (i % 100) + ",fr;en,"
                    + (i % 2 == 0 ? "yes" : "no") + ",2016-03-22,2016-03-25,en," + (first ? "yes" : "no") + ","
                    + (first ? "yes" : "no"));
        }
        return lines;
    }

    /** The file's bytes, lines ending in CRLF as spreadsheets save them. */
    public static byte[] bytes(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
