package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a value that cannot be read as its type (a date that is not one, text where a number belongs) with a
 * problem naming the field, which the decoder reports only inside its message.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern DECODED_PROPERTY = Pattern.compile("Error decoding property \\[(?:\\S+ )?(\\w+)]");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String reason = rootMessage(exception);
        Matcher property = DECODED_PROPERTY.matcher(String.valueOf(exception.getMessage()));
        String field = property.find()
                ? JsonNames.of(property.group(1))
                : exception.getArgument().getName();
        String message = "cannot be read: " + reason;
        return Problem.of(
                HttpStatus.BAD_REQUEST, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int decoding = message.lastIndexOf("]: ");
        return decoding >= 0 ? message.substring(decoding + 3) : message;
    }
}
