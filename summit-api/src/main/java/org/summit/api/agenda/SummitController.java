package org.summit.api.agenda;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.agenda.AgendaProblem;
import org.summit.agenda.SummitService;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.NotFoundException;

@Controller("/api/summits")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Agenda", description = "The summit itself: its name, venue, days and time zone")
class SummitController {

    private final SummitService summits;

    SummitController(SummitService summits) {
        this.summits = summits;
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get
    @Operation(summary = "All summits, the latest first (anyone)")
    List<SummitResponse> list() {
        return summits.list().stream().map(SummitResponse::of).toList();
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/current")
    @Operation(summary = "The summit the application shows: the latest by its first day (anyone)")
    @ApiResponse(responseCode = "200", description = "The current summit")
    SummitResponse current() {
        return summits.current()
                .map(SummitResponse::of)
                .orElseThrow(() -> new NotFoundException(AgendaProblem.NO_SUMMIT));
    }

    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get("/{id}")
    @Operation(summary = "One summit (anyone)")
    @ApiResponse(responseCode = "200", description = "The summit")
    SummitResponse find(UUID id) {
        return summits.find(id)
                .map(SummitResponse::of)
                .orElseThrow(() -> new NotFoundException(AgendaProblem.SUMMIT_NOT_FOUND, Map.of("id", id.toString())));
    }

    @Secured(Role.Names.ORGANISER)
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Set up a summit (organiser)", description = "Publishes SummitCreated on summit.agenda.v1.")
    @ApiResponse(responseCode = "201", description = "The summit, as stored")
    HttpResponse<SummitResponse> create(@Body SummitRequest request) {
        SummitResponse created = SummitResponse.of(summits.create(request.toDetails()));
        return HttpResponse.created(created, URI.create("/api/summits/" + created.id()));
    }

    @Secured(Role.Names.ORGANISER)
    @Put("/{id}")
    @Operation(
            summary = "Revise a summit (organiser)",
            description = "Send the version you edited; publishes SummitRevised on summit.agenda.v1 if"
                    + " anything changed.")
    @ApiResponse(responseCode = "200", description = "The summit, as stored")
    SummitResponse revise(UUID id, @Body SummitRequest request) {
        return SummitResponse.of(summits.revise(id, request.version(), request.toDetails()));
    }
}
