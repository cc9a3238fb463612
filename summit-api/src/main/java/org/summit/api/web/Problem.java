package org.summit.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.summit.shared.ProblemCode;
import org.summit.shared.Violation;

/**
 * An error answer in the RFC 9457 {@code application/problem+json} form. Besides the standard members it carries the
 * stable {@code code} of what went wrong with the values its message needs ({@code args}), and one entry per field
 * (or file line) at fault, each with its own code and args. A person reads the UI's text for the code in their
 * language; {@code detail} and {@code message} are the English text, for API users and logs.
 *
 * @param type the kind of problem: a URI relative to the server, the same for every problem of the kind
 * @param title the status's short name
 * @param status the HTTP status
 * @param detail what is wrong, in English
 * @param code what is wrong, as a stable code such as {@code city.signatory.already-designated}
 * @param args the values the code's message needs, such as a city's name in both languages
 * @param errors one entry per field at fault; empty when the problem is not about fields
 */
@Serdeable
@Schema(name = "Problem", description = "An RFC 9457 problem with a stable code, its args, and errors[] per field")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        Map<String, Object> args,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One refused input field: its JSON path (for example {@code name.en}), the code of the rule it breaks with its
     * args, and the English message; for a refused file, also the line, and the field is the file's column.
     */
    @Serdeable
    @Schema(name = "FieldError")
    public record FieldError(
            String field,
            String code,
            Map<String, Object> args,
            String message,
            @Nullable Integer line) {

        static FieldError of(Violation violation) {
            return new FieldError(
                    violation.field(),
                    violation.code().code(),
                    violation.args(),
                    violation.message(),
                    violation.line());
        }
    }

    /** A problem that is not about single fields. */
    public static MutableHttpResponse<Problem> of(ProblemKind kind, ProblemCode code, Map<String, ?> args) {
        return of(kind, code, args, List.of());
    }

    public static MutableHttpResponse<Problem> of(ProblemKind kind, ProblemCode code) {
        return of(kind, code, Map.of());
    }

    /** A problem with the fields at fault. */
    public static MutableHttpResponse<Problem> of(
            ProblemKind kind, ProblemCode code, Map<String, ?> args, List<Violation> violations) {
        List<FieldError> errors = violations.stream().map(FieldError::of).toList();
        String detail = errors.isEmpty()
                ? code.render(args)
                : errors.stream()
                        .map(error -> (error.line() == null ? "" : "line " + error.line() + ": ")
                                + (error.field().isEmpty() ? "" : error.field() + ": ")
                                + error.message())
                        .collect(Collectors.joining("; "));
        Problem problem = new Problem(
                kind.type(),
                kind.status().getReason(),
                kind.status().getCode(),
                detail,
                code.code(),
                Map.copyOf(args),
                errors);
        return HttpResponse.<Problem>status(kind.status())
                .contentType(MediaType.of(MEDIA_TYPE))
                .body(problem);
    }
}
