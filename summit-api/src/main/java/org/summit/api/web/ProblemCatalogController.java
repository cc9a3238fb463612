package org.summit.api.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.summit.shared.NotFoundException;
import org.summit.shared.ProblemCode;

/**
 * The documentation of every problem the API can answer with, where a problem's {@code type} URI leads: each kind
 * with its status, and every code with its English message and the args it comes with. The codes are found at run
 * time, so the list is never a second copy kept by hand: each context's {@code ProblemCode} enum is
 * {@code @Introspected}, and a test holds this list to the enums in the code.
 */
@Controller("/api/problems")
@Secured(SecurityRule.IS_ANONYMOUS)
@ProblemResponses
@Tag(name = "Problems", description = "The kinds and codes of the problems the API answers with")
class ProblemCatalogController {

    private final List<CodeView> codes = discover();

    @Serdeable
    record KindView(String type, int status, String title, String description) {
        static KindView of(ProblemKind kind) {
            return new KindView(
                    kind.type(), kind.status().getCode(), kind.status().getReason(), kind.description());
        }
    }

    @Serdeable
    record CodeView(String code, String english, List<String> args) {}

    @Serdeable
    record Catalog(List<KindView> kinds, List<CodeView> codes) {}

    @Get
    @Operation(summary = "Every kind of problem and every code, with the English message and its args (anyone)")
    Catalog catalog() {
        return new Catalog(Arrays.stream(ProblemKind.values()).map(KindView::of).toList(), codes);
    }

    @Get("/{kind}")
    @Operation(summary = "One kind of problem: what a problem's type URI leads to (anyone)")
    KindView kind(String kind) {
        return ProblemKind.bySlug(kind)
                .map(KindView::of)
                .orElseThrow(() ->
                        new NotFoundException(WebProblem.NOT_FOUND, Map.of("path", ProblemKind.TYPE_BASE + kind)));
    }

    /** Every code of every {@code @Introspected} enum that implements {@link ProblemCode}. */
    static List<CodeView> discover() {
        return BeanIntrospector.SHARED
                .findIntrospections(reference -> ProblemCode.class.isAssignableFrom(reference.getBeanType()))
                .stream()
                .map(BeanIntrospection::getBeanType)
                .filter(Class::isEnum)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                .map(ProblemCode.class::cast)
                .map(code -> new CodeView(code.code(), code.english(), List.copyOf(code.argNames())))
                .sorted(Comparator.comparing(CodeView::code))
                .toList();
    }
}
