package org.summit.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;
import org.summit.cities.ImportRejectedException;
import org.summit.shared.ConflictException;
import org.summit.shared.GoneException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.InvalidInputsException;
import org.summit.shared.NotFoundException;
import org.summit.shared.TooLargeException;

/**
 * Answers the domain's refusals with problems: invalid input or file 400, unknown id 404, gone 410, conflicting
 * change 409, too large 413.
 */
@Factory
class DomainExceptionHandlers {

    @Singleton
    ExceptionHandler<InvalidInputException, HttpResponse<Problem>> invalidInput() {
        return (HttpRequest request, InvalidInputException e) -> {
            List<InvalidInputException> all =
                    e instanceof InvalidInputsException several ? several.problems() : List.of(e);
            return Problem.of(
                    HttpStatus.BAD_REQUEST,
                    all.stream()
                            .map(problem -> problem.field() + ": " + problem.getMessage())
                            .collect(Collectors.joining("; ")),
                    all.stream()
                            .map(problem -> new Problem.FieldError(problem.field(), problem.getMessage()))
                            .toList());
        };
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<Problem>> notFound() {
        return (HttpRequest request, NotFoundException e) -> Problem.of(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @Singleton
    ExceptionHandler<GoneException, HttpResponse<Problem>> gone() {
        return (HttpRequest request, GoneException e) -> Problem.of(HttpStatus.GONE, e.getMessage());
    }

    @Singleton
    ExceptionHandler<ImportRejectedException, HttpResponse<Problem>> importRejected() {
        return (HttpRequest request, ImportRejectedException e) -> Problem.of(
                HttpStatus.BAD_REQUEST,
                e.getMessage(),
                e.problems().stream()
                        .map(problem -> new Problem.FieldError(problem.column(), problem.message(), problem.line()))
                        .toList());
    }

    @Singleton
    ExceptionHandler<TooLargeException, HttpResponse<Problem>> tooLarge() {
        return (HttpRequest request, TooLargeException e) ->
                Problem.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<Problem>> conflict() {
        return (HttpRequest request, ConflictException e) -> Problem.of(HttpStatus.CONFLICT, e.getMessage());
    }
}
