package org.summit.api.exchanges;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.exchanges.ExchangeViews.Acceptance;
import org.summit.api.exchanges.ExchangeViews.CityChoice;
import org.summit.api.exchanges.ExchangeViews.ExchangeView;
import org.summit.api.exchanges.ExchangeViews.Member;
import org.summit.api.exchanges.ExchangeViews.NewExchange;
import org.summit.api.exchanges.ExchangeViews.OutcomeInput;
import org.summit.api.exchanges.ExchangeViews.PlacementInput;
import org.summit.api.exchanges.ExchangeViews.Proposal;
import org.summit.api.exchanges.ExchangeViews.Reason;
import org.summit.api.exchanges.ExchangeViews.TimeRange;
import org.summit.api.web.ProblemResponses;
import org.summit.exchanges.Actor;
import org.summit.exchanges.ExchangeStatus;
import org.summit.exchanges.ExchangesService;
import org.summit.shared.Texts;

/**
 * City-to-city exchanges. A delegate asks other cities, answers for their own city, cancels, and records their
 * city's outcome; they see only their city's exchanges. Organisers see every exchange and place them by hand.
 */
@Controller("/api/exchanges")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Exchanges", description = "City-to-city exchange meetings")
class ExchangesController {

    private final ExchangesService exchanges;
    private final ExchangePresenter presenter;
    private final OutcomesReport report;
    private final Clock clock;

    ExchangesController(ExchangesService exchanges, ExchangePresenter presenter, OutcomesReport report, Clock clock) {
        this.exchanges = exchanges;
        this.report = report;
        this.clock = clock;
        this.presenter = presenter;
    }

    @Get("/cities")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "The cities my city can ask for an exchange: every attending city but mine (delegate)")
    List<CityChoice> cities(Authentication me) {
        return exchanges.askableCities(actor(me)).stream().map(CityChoice::of).toList();
    }

    @Get("/members")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "The members of my delegation, to name who attends (delegate)")
    List<Member> members(Authentication me) {
        return exchanges.myDelegation(actor(me)).stream().map(Member::of).toList();
    }

    @Get("/mine")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "My city's exchanges, asked by it or to it, with each city's answer (delegate)")
    List<ExchangeView> mine(Authentication me) {
        return presenter.views(exchanges.ofMyCity(actor(me)));
    }

    @Get
    @Secured(Role.Names.ORGANISER)
    @Operation(summary = "Every exchange, oldest request first (organiser)")
    List<ExchangeView> all() {
        return presenter.views(exchanges.all());
    }

    @Get("/{id}")
    @Secured({Role.Names.DELEGATE, Role.Names.ORGANISER})
    @Operation(summary = "One exchange (organisers any; a delegate one of their city's only)")
    ExchangeView exchange(UUID id, Authentication me) {
        return presenter.view(isOrganiser(me) ? exchanges.find(id) : exchanges.findFor(actor(me), id));
    }

    @Post
    @Secured(Role.Names.DELEGATE)
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Ask one city (or several, for a multilateral exchange) for an exchange (delegate, for their own"
                    + " city)")
    ExchangeView request(@Body NewExchange request, Authentication me) {
        return presenter.view(exchanges.request(actor(me), request.toRequest()));
    }

    @Post("/{id}/acceptance")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "My city accepts the exchange and names who attends (delegate of an invited city)")
    ExchangeView accept(UUID id, @Body Acceptance acceptance, Authentication me) {
        return presenter.view(exchanges.accept(actor(me), id, acceptance.memberIds()));
    }

    @Post("/{id}/decline")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "My city declines the exchange, saying why (delegate of an invited city)")
    ExchangeView decline(UUID id, @Body Reason reason, Authentication me) {
        return presenter.view(exchanges.decline(actor(me), id, reason.reason()));
    }

    @Post("/{id}/proposal")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "My city proposes other times, still to accept or decline (delegate of an invited city)")
    ExchangeView propose(UUID id, @Body Proposal proposal, Authentication me) {
        return presenter.view(exchanges.proposeTimes(actor(me), id, TimeRange.times(proposal.preferredTimes())));
    }

    @Post("/{id}/cancellation")
    @Secured(Role.Names.DELEGATE)
    @Operation(summary = "Call the exchange off, saying why (delegate of a city taking part)")
    ExchangeView cancel(UUID id, @Body Reason reason, Authentication me) {
        return presenter.view(exchanges.cancel(actor(me), id, reason.reason()));
    }

    @Put("/{id}/outcomes/mine")
    @Secured(Role.Names.DELEGATE)
    @Operation(
            summary = "Record my city's outcome of the exchange, replacing an earlier one (delegate of a city taking"
                    + " part)")
    ExchangeView recordOutcome(UUID id, @Body OutcomeInput outcome, Authentication me) {
        return presenter.view(
                exchanges.recordOutcome(actor(me), id, outcome.summary(), outcome.followUps(), outcome.mouIntended()));
    }

    @Put("/{id}/placement")
    @Secured(Role.Names.ORGANISER)
    @Operation(
            summary = "Place or move an agreed exchange by hand at a table of a block from one of its slots, pinned or"
                    + " not (organiser); refused when a participant is busy, the table taken, too small or without"
                    + " the interpretation needed")
    ExchangeView place(UUID id, @Body PlacementInput placement) {
        Texts.require("blockId", placement.blockId());
        Texts.require("tableId", placement.tableId());
        return presenter.view(exchanges.place(
                id, placement.blockId(), placement.tableId(), placement.startsAt(), placement.pinned()));
    }

    @Delete("/{id}/placement/pin")
    @Secured(Role.Names.ORGANISER)
    @Operation(summary = "Unpin a placed exchange, so that scheduling may move it again (organiser)")
    ExchangeView unpin(UUID id) {
        return presenter.view(exchanges.unpin(id));
    }

    @Get("/outcomes.csv")
    @Secured(Role.Names.ORGANISER)
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "Every agreed exchange's outcomes as CSV, one row per city's outcome (organiser)")
    HttpResponse<byte[]> outcomesCsv() {
        return HttpResponse.ok(report.csv(agreed()))
                .contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"summit-exchange-outcomes.csv\"");
    }

    @Get("/outcomes.pdf")
    @Secured(Role.Names.ORGANISER)
    @Produces("application/pdf")
    @Operation(summary = "Every agreed exchange's outcomes as a bilingual report to read and print (organiser)")
    HttpResponse<byte[]> outcomesPdf() {
        return HttpResponse.ok(report.pdf(agreed(), clock.instant()))
                .contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"summit-exchange-outcomes.pdf\"");
    }

    private List<ExchangeView> agreed() {
        return presenter.views(exchanges.all().stream()
                .filter(exchange -> exchange.status() == ExchangeStatus.AGREED)
                .toList());
    }

    static Actor actor(Authentication person) {
        Object email = person.getAttributes().get("email");
        Object city = person.getAttributes().get("cityId");
        return new Actor(String.valueOf(email), city == null ? null : String.valueOf(city));
    }

    private static boolean isOrganiser(Authentication person) {
        return person.getRoles().contains(Role.Names.ORGANISER);
    }
}
