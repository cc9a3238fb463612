package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Gives the framework's own errors (malformed JSON, an unsupported method or media type, a missing login, a refused
 * role) the same {@code application/problem+json} form and codes as the application's, in the user's terms: the
 * decoder's own words (Jackson's stream features, nesting depths) never reach the client.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        ProblemKind kind = ProblemKind.ofStatus(response.code());
        String path = context.getRequest().getPath();
        String method = context.getRequest().getMethodName();
        WebProblem code = switch (kind) {
            case UNAUTHORIZED -> WebProblem.UNAUTHORIZED;
            case FORBIDDEN -> WebProblem.FORBIDDEN;
            case NOT_FOUND -> WebProblem.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> WebProblem.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> WebProblem.NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> WebProblem.MEDIA_TYPE_UNSUPPORTED;
            case TOO_LARGE -> WebProblem.BODY_TOO_LARGE;
            case UNAVAILABLE -> WebProblem.UNAVAILABLE;
            case SERVER_ERROR -> WebProblem.FAILED;
            default -> unreadable(context);
        };
        Map<String, Object> args = code.argNames().isEmpty() ? Map.of() : Map.of("path", path, "method", method);
        return Problem.of(kind, code, args, List.of()).body();
    }

    /** Why a body could not be read, from the decoder's cause, said in the user's terms. */
    private static WebProblem unreadable(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        for (Throwable at = cause; at != null; at = at.getCause()) {
            String message = String.valueOf(at.getMessage());
            if (message.contains("nesting depth")) {
                return WebProblem.JSON_TOO_DEEP;
            }
            if (message.contains("Required Body") || message.contains("No body")) {
                return WebProblem.BODY_REQUIRED;
            }
        }
        return WebProblem.JSON_MALFORMED;
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
