package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.summit.shared.ProblemCode;

/**
 * Every code the server can send has a text in both of the UI's catalogues, with the placeholders its args fill;
 * the list of codes is taken from the server's own enums (found in the compiled classes), never kept by hand.
 */
class ProblemCatalogueTest {

    private static final Path UI_LOCALES = Path.of("..", "summit-ui", "src", "locales");
    private static final Pattern UI_PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern CODE_SHAPE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$");

    private final List<ProblemCode> codes = serverCodes();

    @Test
    void theServerHasCodesAndEachIsUniqueAndShapedLikeOne() {
        assertThat(codes).hasSizeGreaterThan(50);
        assertThat(codes.stream().map(ProblemCode::code)).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(code.code()).matches(CODE_SHAPE));
    }

    @Test
    void everyCodeHasATextInTraditionalChineseAndEnglishWithTheArgsItComesWith() throws IOException {
        for (String language : List.of("en", "zh-Hant")) {
            Map<String, String> catalogue = catalogue(language);
            for (ProblemCode code : codes) {
                List<String> texts = textsOf(catalogue, code.code());
                assertThat(texts).as(language + " text for " + code.code()).isNotEmpty();
                Set<String> args = new HashSet<>(code.argNames());
                for (String text : texts) {
                    assertThat(placeholders(text))
                            .as(language + " " + code.code() + " uses only the args the server sends: " + args)
                            .isSubsetOf(args);
                }
            }
        }
    }

    @Test
    void theCataloguesHoldNoCodeTheServerNeverSends() throws IOException {
        Set<String> server = codes.stream().map(ProblemCode::code).collect(Collectors.toSet());
        for (String language : List.of("en", "zh-Hant")) {
            Set<String> stale = new TreeSet<>();
            for (String key : catalogue(language).keySet()) {
                String code = key.replaceAll("_(zero|one|two|few|many|other)$", "");
                if (!server.contains(code)) {
                    stale.add(key);
                }
            }
            assertThat(stale)
                    .as("codes in the " + language + " catalogue that the server never sends")
                    .isEmpty();
        }
    }

    @Test
    void theProblemsDocumentationListsEveryCodeOfTheServer() {
        assertThat(ProblemCatalogController.discover())
                .extracting(ProblemCatalogController.CodeView::code)
                .as("every ProblemCode enum is @Introspected, so GET /api/problems documents it")
                .containsExactlyInAnyOrderElementsOf(
                        codes.stream().map(ProblemCode::code).toList());
    }

    /** The text of a code, or of each of its plural forms. */
    private static List<String> textsOf(Map<String, String> catalogue, String code) {
        return catalogue.entrySet().stream()
                .filter(entry -> entry.getKey().equals(code)
                        || entry.getKey().matches(Pattern.quote(code) + "_(zero|one|two|few|many|other)"))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        Matcher placeholder = UI_PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    private static Map<String, String> catalogue(String language) throws IOException {
        return JsonMapper.createDefault()
                .readValue(
                        Files.readString(UI_LOCALES.resolve("problems." + language + ".json")),
                        Argument.mapOf(String.class, String.class));
    }

    /** Every constant of every enum in Summit's code that implements {@link ProblemCode}. */
    private static List<ProblemCode> serverCodes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.summit").stream()
                        .filter(JavaClass::isEnum)
                        .filter(type -> type.isAssignableTo(ProblemCode.class))
                        .map(JavaClass::reflect)
                        .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                        .map(ProblemCode.class::cast)
                        .toList();
    }
}
