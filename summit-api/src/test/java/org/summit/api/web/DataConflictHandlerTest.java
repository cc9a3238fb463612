package org.summit.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Two requests that collide in the database get a 409 to retry, not a 500; other database failures stay 500. */
class DataConflictHandlerTest {

    private final RefusalHandlers handlers = new RefusalHandlers();

    @Test
    void aUniqueKeyTakenAtTheSameMomentIsAConflict() {
        DataAccessException duplicate = new DataAccessException(
                "insert failed", new SQLIntegrityConstraintViolationException("Unique index violation", "23505"));

        HttpResponse<Problem> response = handlers.dataConflict().handle(HttpRequest.POST("/api/cities", ""), duplicate);

        assertThat(response.code()).isEqualTo(409);
        assertThat(response.body().code()).isEqualTo(WebProblem.CONCURRENT_CHANGE.code());
        assertThat(response.body().type()).isEqualTo("/api/problems/conflict");
    }

    @Test
    void aStaleVersionIsAConflict() {
        HttpResponse<Problem> response = handlers.dataConflict()
                .handle(HttpRequest.PUT("/api/cities/x", ""), new OptimisticLockException("stale version"));

        assertThat(response.code()).isEqualTo(409);
        assertThat(response.body().code()).isEqualTo(WebProblem.CONCURRENT_CHANGE.code());
    }

    @Test
    void anyOtherDatabaseFailureIsAServerErrorThatDoesNotQuoteTheDatabase() {
        DataAccessException broken =
                new DataAccessException("secret table name", new SQLException("connection lost", "08006"));

        HttpResponse<Problem> response = handlers.dataConflict().handle(HttpRequest.GET("/api/cities"), broken);

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.body().code()).isEqualTo(WebProblem.DATABASE_FAILED.code());
        assertThat(response.body().detail()).doesNotContain("secret").doesNotContain("connection");
    }
}
