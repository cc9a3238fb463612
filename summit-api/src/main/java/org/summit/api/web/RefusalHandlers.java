package org.summit.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.shared.ConflictException;
import org.summit.shared.ForbiddenException;
import org.summit.shared.GoneException;
import org.summit.shared.InvalidFileException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Refusal;
import org.summit.shared.TooLargeException;

/**
 * Answers the domain's refusals with problems, one kind per refusal: invalid input 400 (an invalid file with its own
 * type), forbidden 403, unknown 404, conflicting 409 (also when two requests collide in the database), gone 410,
 * too large 413. The problem carries the refusal's code and args and each violation's.
 */
@Factory
class RefusalHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalHandlers.class);

    @Singleton
    ExceptionHandler<Refusal, HttpResponse<Problem>> refusal() {
        return (HttpRequest request, Refusal refusal) ->
                Problem.of(kindOf(refusal), refusal.code(), refusal.args(), refusal.violations());
    }

    static ProblemKind kindOf(Refusal refusal) {
        if (refusal instanceof InvalidFileException) {
            return ProblemKind.INVALID_FILE;
        }
        if (refusal instanceof InvalidInputException) {
            return ProblemKind.INVALID_INPUT;
        }
        if (refusal instanceof NotFoundException) {
            return ProblemKind.NOT_FOUND;
        }
        if (refusal instanceof ConflictException) {
            return ProblemKind.CONFLICT;
        }
        if (refusal instanceof GoneException) {
            return ProblemKind.GONE;
        }
        if (refusal instanceof TooLargeException) {
            return ProblemKind.TOO_LARGE;
        }
        if (refusal instanceof ForbiddenException) {
            return ProblemKind.FORBIDDEN;
        }
        throw new IllegalStateException(
                "No problem kind for " + refusal.getClass().getName());
    }

    /**
     * Two requests that passed their checks at the same moment and then collided in the database: a stale
     * {@code @Version} or a unique key (SQLState class 23). Anything else is a 500 that does not quote the database.
     */
    @Singleton
    ExceptionHandler<DataAccessException, HttpResponse<Problem>> dataConflict() {
        return (HttpRequest request, DataAccessException e) -> {
            if (e instanceof OptimisticLockException || violatesAConstraint(e)) {
                return Problem.of(ProblemKind.CONFLICT, WebProblem.CONCURRENT_CHANGE, Map.of());
            }
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return Problem.of(ProblemKind.SERVER_ERROR, WebProblem.DATABASE_FAILED, Map.of());
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
}
