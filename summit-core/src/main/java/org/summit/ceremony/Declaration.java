package org.summit.ceremony;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * The declaration in both languages with the date it is signed on. Its canonical form, the one fingerprinted, is its
 * JSON: the fields in the order written here, each language's fields in the order of {@link DeclarationText}.
 */
@Serdeable
// Every field is written, an empty preamble too: this JSON is the canonical text the seal fingerprints.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Declaration(DeclarationText zhHant, DeclarationText en, LocalDate signedOn) {

    static final int MAX_TITLE = 300;
    static final int MAX_PARAGRAPH = 5_000;
    static final int MAX_ARTICLES = 50;

    /** Checks a declaration as organisers send it; every problem at once, fields named like the API's. */
    public static Declaration of(
            @Nullable DeclarationText zhHant, @Nullable DeclarationText en, @Nullable LocalDate signedOn) {
        Violations problems = new Violations();
        DeclarationText chinese = checked("zhHant", zhHant, problems);
        DeclarationText english = checked("en", en, problems);
        if (signedOn == null) {
            problems.add("signedOn", CeremonyProblem.DECLARATION_DATE_MISSING);
        }
        problems.throwIfAny();
        return new Declaration(chinese, english, signedOn);
    }

    private static DeclarationText checked(String field, @Nullable DeclarationText text, Violations problems) {
        if (text == null) {
            problems.add(field, CeremonyProblem.DECLARATION_VERSION_MISSING);
            return null;
        }
        String title = problems.read(() -> Texts.requireLine(field + ".title", text.title(), MAX_TITLE));
        String preamble = text.preamble() == null || text.preamble().isBlank()
                ? ""
                : problems.read(() -> Texts.requireText(field + ".preamble", text.preamble(), MAX_PARAGRAPH, true));
        String place = problems.read(() -> Texts.requireLine(field + ".place", text.place(), MAX_TITLE));
        List<String> articles = text.articles() == null ? List.of() : text.articles();
        if (articles.isEmpty()) {
            problems.add(field + ".articles", CeremonyProblem.DECLARATION_ARTICLES_MISSING);
        } else if (articles.size() > MAX_ARTICLES) {
            problems.add(
                    field + ".articles", CeremonyProblem.DECLARATION_ARTICLES_TOO_MANY, Map.of("max", MAX_ARTICLES));
        }
        List<String> checkedArticles = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(articles.size(), MAX_ARTICLES); i++) {
            int index = i;
            checkedArticles.add(problems.read(() ->
                    Texts.requireText(field + ".articles[" + index + "]", articles.get(index), MAX_PARAGRAPH, true)));
        }
        // An article refused above is null here; the caller throws before this text is used.
        return new DeclarationText(
                title,
                preamble,
                checkedArticles.stream().filter(java.util.Objects::nonNull).toList(),
                place);
    }
}
