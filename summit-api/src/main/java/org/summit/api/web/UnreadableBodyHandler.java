package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summit.shared.Violation;

/**
 * Answers a value that cannot be read as its type (a date that is not one, a number where text belongs, a list where
 * an e-mail belongs) with a problem naming the field and what it is to be, in the user's terms, never the decoder's.
 */
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private static final Pattern DECODED_PROPERTY = Pattern.compile("Error decoding property \\[(?:(\\S+) )?(\\w+)]");

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        Matcher property = DECODED_PROPERTY.matcher(String.valueOf(exception.getMessage()));
        String field;
        String type;
        if (property.find()) {
            field = JsonNames.of(property.group(2));
            type = property.group(1) == null ? "" : property.group(1);
        } else {
            field = exception.getArgument().getName();
            type = exception.getArgument().getType().getSimpleName();
        }
        return Problem.of(
                ProblemKind.UNREADABLE_REQUEST,
                WebProblem.UNREADABLE_VALUE,
                Map.of(),
                List.of(new Violation(field, expected(type), Map.of())));
    }

    /** What a value of the Java type is to be, as a person would say it. */
    static WebProblem expected(String javaType) {
        String simple = javaType.replaceAll("<.*", "");
        simple = simple.substring(simple.lastIndexOf('.') + 1);
        return switch (simple) {
            case "String", "CharSequence" -> WebProblem.NOT_TEXT;
            case "int",
                    "long",
                    "short",
                    "double",
                    "float",
                    "Integer",
                    "Long",
                    "Short",
                    "Double",
                    "Float",
                    "BigDecimal",
                    "BigInteger" -> WebProblem.NOT_NUMBER;
            case "boolean", "Boolean" -> WebProblem.NOT_BOOLEAN;
            case "LocalDate" -> WebProblem.NOT_DATE;
            case "Instant", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "LocalTime" -> WebProblem.NOT_INSTANT;
            case "UUID" -> WebProblem.NOT_ID;
            case "List", "Set", "Collection" -> WebProblem.NOT_LIST;
            case "" -> WebProblem.UNREADABLE_VALUE;
            default -> Character.isUpperCase(simple.charAt(0)) ? WebProblem.NOT_OBJECT : WebProblem.UNREADABLE_VALUE;
        };
    }
}
