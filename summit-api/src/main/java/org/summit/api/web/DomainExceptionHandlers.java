package org.summit.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.cities.ImportRejectedException;
import org.summit.shared.ConflictException;
import org.summit.shared.GoneException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.InvalidInputsException;
import org.summit.shared.NotFoundException;
import org.summit.shared.TooLargeException;

/**
 * Answers the domain's refusals with problems: invalid input or file 400, unknown id 404, gone 410, conflicting
 * change 409 (also when two requests collide in the database), too large 413.
 */
@Factory
class DomainExceptionHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandlers.class);

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

    /**
     * Two requests that passed their checks at the same moment and then collided in the database: a stale
     * {@code @Version} or a unique key (SQLState class 23). Anything else stays a 500, without the database's
     * words in it.
     */
    @Singleton
    ExceptionHandler<DataAccessException, HttpResponse<Problem>> dataConflict() {
        return (HttpRequest request, DataAccessException e) -> {
            if (e instanceof OptimisticLockException || violatesAConstraint(e)) {
                return Problem.of(
                        HttpStatus.CONFLICT,
                        "Somebody changed the same thing at the same moment: reload it and apply your change again");
            }
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "The database failed; the change was not stored");
        };
    }

    private static boolean violatesAConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<Problem>> conflict() {
        return (HttpRequest request, ConflictException e) -> Problem.of(HttpStatus.CONFLICT, e.getMessage());
    }
}
