package org.summit.api.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.summit.shared.InvalidInputException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Violation;

/**
 * Answers a request that breaks a Bean Validation constraint (a query parameter out of range) like any refused
 * input: one problem listing every field at fault by its JSON path, with the code the domain uses for the same
 * mistake. Request bodies are checked by the domain's value types, not by constraints.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Violation> violations = exception.getConstraintViolations().stream()
                .map(ConstraintViolationHandler::coded)
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        InvalidInputException refused = new InvalidInputException(violations);
        return Problem.of(ProblemKind.INVALID_INPUT, refused.code(), refused.args(), refused.violations());
    }

    private static Violation coded(ConstraintViolation<?> violation) {
        String field = jsonPath(violation);
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        if (("Size".equals(constraint) || "Max".equals(constraint)) && max != null) {
            return new Violation(field, SharedProblem.TEXT_TOO_LONG, Map.of("max", max));
        }
        return new Violation(field, SharedProblem.VALUE_REQUIRED, Map.of());
    }

    /** The violation's path without the method and parameter nodes, with JSON property names. */
    private static String jsonPath(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                names.add(JsonNames.of(node.getName()));
            }
        }
        if (names.isEmpty()) {
            for (Path.Node node : violation.getPropertyPath()) {
                names.add(node.getName());
            }
        }
        return String.join(".", names);
    }
}
