package org.summit.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An error answer in the RFC 9457 {@code application/problem+json} form, with the fields at fault listed so a
 * client can show each message beside its input.
 *
 * @param type {@code about:blank}: the status and title say what kind of problem it is
 * @param title the status's short name
 * @param status the HTTP status
 * @param detail what is wrong, in words a person can act on
 * @param errors one entry per field at fault, when the input was refused
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An RFC 9457 problem; errors name each input field at fault")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        @Nullable List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One refused input field: its JSON path (for example {@code name.en}) and why; for a refused file, also the
     * line, and the field is the file's column.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            String field, String message, @Nullable Integer line) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail) {
        return of(status, detail, List.of());
    }

    public static MutableHttpResponse<Problem> of(HttpStatus status, String detail, List<FieldError> errors) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, errors);
        return HttpResponse.<Problem>status(status)
                .contentType(MediaType.of(MEDIA_TYPE))
                .body(problem);
    }
}
