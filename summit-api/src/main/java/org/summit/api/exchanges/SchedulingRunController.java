package org.summit.api.exchanges;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.exchanges.ExchangesProblem;
import org.summit.exchanges.SchedulingRuns;
import org.summit.exchanges.SchedulingRuns.RunView;
import org.summit.shared.NotFoundException;

/**
 * Automatic scheduling of a summit's agreed exchanges (organisers): start a run, follow its progress, cancel it. The
 * run works in the background; its result replaces the schedule only when it finishes.
 */
@Controller("/api/exchange-scheduling")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Exchanges")
class SchedulingRunController {

    private final SchedulingRuns runs;

    SchedulingRunController(SchedulingRuns runs) {
        this.runs = runs;
    }

    @Post("/summit/{summitId}/runs")
    @Status(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Start scheduling the summit's agreed exchanges in the background (organiser); refused when a run"
                    + " is going (exchange.scheduling.running), no block has a table (exchange.scheduling.no-blocks)"
                    + " or nothing waits for a place (exchange.scheduling.nothing)")
    RunView start(UUID summitId, Authentication organiser) {
        return runs.start(summitId, String.valueOf(organiser.getAttributes().get("email")));
    }

    @Get("/summit/{summitId}/runs/latest")
    @Operation(summary = "The summit's latest scheduling run: running with its best score so far, or how it ended")
    RunView latest(UUID summitId) {
        return runs.latest(summitId).orElseThrow(() -> new NotFoundException(ExchangesProblem.RUN_NOT_FOUND));
    }

    @Get("/runs/{runId}")
    @Operation(summary = "One scheduling run")
    RunView run(UUID runId) {
        return runs.find(runId);
    }

    @Post("/runs/{runId}/cancellation")
    @Operation(
            summary = "Stop a running scheduling run; it ends as cancelled and the schedule stays as it was (refused"
                    + " once it ended: exchange.scheduling.finished)")
    RunView cancel(UUID runId) {
        return runs.cancel(runId);
    }
}
