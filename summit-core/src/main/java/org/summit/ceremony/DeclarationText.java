package org.summit.ceremony;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One language version of the declaration, as authored: its title, preamble, numbered articles (first to last) and
 * the place of signing. The two versions need not align article by article.
 */
@Serdeable
// Every field is written, an empty preamble too: this JSON is the canonical text the seal fingerprints.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeclarationText(String title, String preamble, List<String> articles, String place) {

    public DeclarationText {
        articles = articles == null ? null : List.copyOf(articles);
    }
}
