package org.summit.api.web;

/** The JSON names of Java properties whose wire name differs from the Java one. */
final class JsonNames {

    private JsonNames() {}

    static String of(String javaName) {
        return "zhHant".equals(javaName) ? "zh-Hant" : javaName;
    }
}
