package org.summit.api.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.summit.shared.ConflictException;
import org.summit.shared.GoneException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;

/** Answers the domain's refusals with problems: invalid input 400, unknown id 404, gone 410, conflicting change 409. */
@Factory
class DomainExceptionHandlers {

    @Singleton
    ExceptionHandler<InvalidInputException, HttpResponse<Problem>> invalidInput() {
        return (HttpRequest request, InvalidInputException e) -> Problem.of(
                HttpStatus.BAD_REQUEST,
                e.field() + ": " + e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage())));
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
    ExceptionHandler<ConflictException, HttpResponse<Problem>> conflict() {
        return (HttpRequest request, ConflictException e) -> Problem.of(HttpStatus.CONFLICT, e.getMessage());
    }
}
