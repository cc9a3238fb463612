package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives the framework's own errors (malformed JSON, a value of the wrong type, an unsupported method or media type)
 * the same {@code application/problem+json} form as the application's, naming the field where one is known.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.FieldError> fieldErrors = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.FieldError(error.getPath().orElseThrow(), error.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return new Problem(
                "about:blank",
                response.getStatus().getReason(),
                response.code(),
                detail.isBlank() ? response.getStatus().getReason() : detail,
                fieldErrors);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
