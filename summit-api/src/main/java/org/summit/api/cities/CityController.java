package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.summit.accounts.AuditAction;
import org.summit.accounts.Role;
import org.summit.api.web.Problem;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.cities.Delegate;
import org.summit.cities.DelegationImport;
import org.summit.cities.DelegationImport.ImportReport;
import org.summit.shared.InvalidInputException;
import org.summit.shared.InvalidInputsException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Texts;

@Controller("/api/cities")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@Tag(name = "Cities", description = "Attendee cities, their delegations, signatories and protocol order")
class CityController {

    private final CitiesService cities;
    private final DelegationImport delegationImport;
    private final Viewers viewers;

    CityController(CitiesService cities, DelegationImport delegationImport, Viewers viewers) {
        this.cities = cities;
        this.delegationImport = delegationImport;
        this.viewers = viewers;
    }

    @Get
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(summary = "Every city in protocol order, withdrawn ones last (organiser, delegate, staff)")
    List<CityView> list() {
        return cities.list().stream()
                .sorted((a, b) -> Boolean.compare(b.attending(), a.attending()))
                .map(this::view)
                .toList();
    }

    @Get("/{id}")
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(
            summary = "A city with its delegation (organiser, delegate, staff); contact details and travel days only"
                    + " for organisers and the city's own delegates")
    @ApiResponse(responseCode = "200", description = "The city and its delegation")
    @ApiResponse(
            responseCode = "404",
            description = "No city has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CityDetailView find(String id, Authentication viewer) {
        City city = city(id);
        boolean privateDetails = viewers.mayReadPrivateDetails(viewer, city.id());
        List<DelegateView> delegation = cities.delegation(city.id()).stream()
                .map(delegate -> DelegateView.of(delegate, privateDetails))
                .toList();
        return new CityDetailView(CityView.of(city, delegation.size()), delegation, privateDetails);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Register a city at the end of the protocol order (organiser)",
            description = "Publishes CityRegistered on summit.cities.v1.")
    @ApiResponse(responseCode = "201", description = "The city, as stored")
    @ApiResponse(
            responseCode = "400",
            description = "A field is missing or invalid (code, country, time zone…); nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "409",
            description = "A city with this code is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<CityView> register(@Valid @Body CityRequest request) {
        // The code and the details are checked together, so that every refused field comes back in one answer.
        InvalidInputsException.throwIfAny(InvalidInputException.everyProblem(
                List.of(() -> CitiesService.requireCode("id", request.id()), request::toDetails)));
        City city = cities.register(request.id(), request.toDetails());
        return HttpResponse.created(CityView.of(city, 0), URI.create("/api/cities/" + city.id()));
    }

    @Put("/{id}")
    @Operation(
            summary = "Revise a city's details (organiser)",
            description = "Send the version you edited; publishes CityUpdated if anything changed.")
    @ApiResponse(responseCode = "200", description = "The city, as stored")
    @ApiResponse(
            responseCode = "409",
            description = "Somebody changed the city since the version you edited, or it has withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CityView revise(String id, @Valid @Body CityRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you edited");
        }
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidInputException("id", "A city's code cannot change; register a new city instead");
        }
        return view(cities.revise(id, request.version(), request.toDetails()));
    }

    @Post("/{id}/withdrawal")
    @Operation(
            summary = "Withdraw a city and its delegation from the summit (organiser)",
            description = "Publishes CityWithdrawn; the agenda, exchanges and ceremony drop its delegation.")
    CityView withdraw(String id, Authentication organiser, HttpRequest<?> request) {
        City city = cities.withdraw(id);
        viewers.audit(organiser, request, AuditAction.CITY_WITHDRAWN, city.id());
        return view(city);
    }

    @Serdeable
    record DelegateChoice(@Nullable UUID delegateId) {}

    @Put("/{id}/head")
    @Operation(
            summary = "Make a delegate the head of the city's delegation, or none with null (organiser)",
            description = "Publishes CityUpdated.")
    CityView appointHead(String id, @Body DelegateChoice choice) {
        return view(cities.appointHead(id, choice.delegateId()));
    }

    @Put("/{id}/signatory")
    @Operation(
            summary = "Designate the one delegate who signs the declaration for the city (organiser)",
            description = "Publishes SignatoryDesignated. A city has exactly one signatory: withdraw the designation"
                    + " before designating another.")
    @ApiResponse(responseCode = "200", description = "The city, with its signatory")
    @ApiResponse(
            responseCode = "409",
            description = "The city already has another signatory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    CityView designateSignatory(String id, @Body DelegateChoice choice) {
        if (choice.delegateId() == null) {
            throw new InvalidInputException("delegateId", "delegateId is required: the delegate who signs");
        }
        return view(cities.designateSignatory(id, choice.delegateId()));
    }

    @Delete("/{id}/signatory")
    @Operation(
            summary = "Withdraw the city's signatory designation (organiser)",
            description = "Publishes SignatoryWithdrawn.")
    CityView withdrawSignatory(String id) {
        return view(cities.withdrawSignatory(id));
    }

    @Serdeable
    record ProtocolOrder(@NotNull @Size(max = 1000) List<String> cityIds) {}

    @Put("/protocol-order")
    @Operation(
            summary = "Set the protocol order of the attending cities: seating, speaking and signing (organiser)",
            description = "List every attending city once, first to last. Publishes ProtocolOrderChanged.")
    List<CityView> reorder(@Valid @Body ProtocolOrder order) {
        cities.reorder(order.cityIds());
        return list();
    }

    @Post("/{id}/delegates")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a member to the city's delegation (organiser)", description = "Publishes DelegateAdded.")
    @ApiResponse(responseCode = "201", description = "The delegate, as stored")
    @ApiResponse(
            responseCode = "409",
            description = "The e-mail already belongs to a member of a delegation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<DelegateView> addDelegate(String id, @Valid @Body DelegateRequest request) {
        Delegate delegate = cities.addDelegate(id, request.toProfile());
        return HttpResponse.created(
                DelegateView.of(delegate, true), URI.create("/api/cities/" + id + "/delegates/" + delegate.id()));
    }

    @Put("/{id}/delegates/{delegateId}")
    @Operation(
            summary = "Revise a delegate's profile (organiser)",
            description = "Send the version you edited; publishes DelegateUpdated if anything changed.")
    DelegateView reviseDelegate(String id, UUID delegateId, @Valid @Body DelegateRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "version is required: send the version you edited");
        }
        return DelegateView.of(cities.reviseDelegate(id, delegateId, request.version(), request.toProfile()), true);
    }

    @Delete("/{id}/delegates/{delegateId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a member from the delegation (organiser)",
            description = "Publishes DelegateRemoved, preceded by SignatoryWithdrawn if they were the signatory.")
    void removeDelegate(String id, UUID delegateId) {
        cities.removeDelegate(id, delegateId);
    }

    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import cities and delegates from a UTF-8 CSV file (organiser)",
            description = "The whole file is checked first; any problem refuses it with every bad row listed"
                    + " (errors[].line, errors[].field = column) and nothing is stored. Rows are matched by city"
                    + " code and e-mail: importing the same file again changes nothing. At most "
                    + DelegationImport.MAX_ROWS + " rows.")
    @ApiResponse(responseCode = "200", description = "What the import changed")
    @ApiResponse(
            responseCode = "400",
            description = "The file is not UTF-8, lacks a column, or has bad rows; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "413",
            description = "The file has too many rows or bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    ImportReport importCsv(@Body byte[] file, Authentication organiser, HttpRequest<?> request) {
        ImportReport report = delegationImport.importCsv(file);
        viewers.audit(
                organiser,
                request,
                AuditAction.CITIES_IMPORTED,
                report.rows() + " rows: " + report.citiesRegistered() + " cities registered, " + report.delegatesAdded()
                        + " delegates added, " + report.delegatesUpdated() + " updated");
        return report;
    }

    @Get("/import/template")
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "A CSV template with every column and two example rows (organiser)")
    HttpResponse<String> template() {
        return HttpResponse.ok(DelegationImportTemplate.CSV)
                .header("Content-Disposition", "attachment; filename=\"summit-delegations.csv\"");
    }

    private City city(String id) {
        return cities.find(id)
                .orElseThrow(() -> new NotFoundException("There is no city '" + Texts.abbreviate(id) + "'"));
    }

    private CityView view(City city) {
        return CityView.of(city, (int) cities.delegationSize(city.id()));
    }
}
