package org.summit.api.cities;

import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.accounts.AuditAction;
import org.summit.accounts.Role;
import org.summit.api.accounts.AuditTrail;
import org.summit.api.web.ProblemResponses;
import org.summit.cities.CitiesProblem;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.cities.Delegate;
import org.summit.cities.DelegationImport;
import org.summit.cities.DelegationImport.ImportReport;
import org.summit.shared.CityCode;
import org.summit.shared.InvalidInputException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Violations;

@Controller("/api/cities")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Cities", description = "Attendee cities, their delegations, signatories and protocol order")
class CityController {

    private final CitiesService cities;
    private final DelegationImport delegationImport;
    private final CitiesAccess access;
    private final AuditTrail audit;

    CityController(CitiesService cities, DelegationImport delegationImport, CitiesAccess access, AuditTrail audit) {
        this.cities = cities;
        this.delegationImport = delegationImport;
        this.access = access;
        this.audit = audit;
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
    CityDetailView find(String id, Authentication viewer) {
        City city = cities.city(new CityCode(id));
        CityCode code = new CityCode(city.id());
        boolean privateDetails = access.mayReadPrivateDetails(viewer, code);
        List<DelegateView> delegation = cities.delegation(code).stream()
                .map(delegate -> DelegateView.of(delegate, privateDetails))
                .toList();
        return new CityDetailView(CityView.of(city, delegation.size()), delegation, privateDetails);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Register a city at the end of the protocol order (organiser)",
            description = "Publishes CityRegistered on summit.cities.v1. Every refused field comes back in one"
                    + " problem; a code already taken is a 409.")
    HttpResponse<CityView> register(@Body CityRequest request) {
        // The code and the details are checked together, so that every refused field comes back in one answer.
        Violations problems = new Violations();
        CityCode code = problems.read(() -> CityCode.parse("id", request.id()));
        City city = cities.register(code, problems.build(request::toDetails));
        return HttpResponse.created(CityView.of(city, 0), URI.create("/api/cities/" + city.id()));
    }

    @Put("/{id}")
    @Operation(
            summary = "Revise a city's details (organiser)",
            description = "Send the version you edited (409 if somebody changed it meanwhile, or it has withdrawn);"
                    + " publishes CityUpdated if anything changed.")
    CityView revise(String id, @Body CityRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw InvalidInputException.of("id", CitiesProblem.CITY_CODE_FIXED);
        }
        return view(cities.revise(new CityCode(id), request.version(), request.toDetails()));
    }

    @Post("/{id}/withdrawal")
    @Operation(
            summary = "Withdraw a city and its delegation from the summit (organiser)",
            description = "Publishes CityWithdrawn; the agenda, exchanges and ceremony drop its delegation.")
    CityView withdraw(String id) {
        City city = cities.withdraw(new CityCode(id));
        audit.record(AuditAction.CITY_WITHDRAWN, city.id(), Map.of("city", city.name()));
        return view(city);
    }

    @Serdeable
    record DelegateChoice(@Nullable UUID delegateId) {}

    @Put("/{id}/head")
    @Operation(
            summary = "Make a delegate the head of the city's delegation, or none with null (organiser)",
            description = "Publishes HeadOfDelegationAppointed, or HeadOfDelegationVacated for null.")
    CityView appointHead(String id, @Body DelegateChoice choice) {
        CityCode code = new CityCode(id);
        return view(
                choice.delegateId() == null ? cities.vacateHead(code) : cities.appointHead(code, choice.delegateId()));
    }

    @Put("/{id}/signatory")
    @Operation(
            summary = "Designate the one delegate who signs the declaration for the city (organiser)",
            description = "Publishes SignatoryDesignated. A city has exactly one signatory: withdraw the designation"
                    + " before designating another (409).")
    CityView designateSignatory(String id, @Body DelegateChoice choice) {
        if (choice.delegateId() == null) {
            throw InvalidInputException.of("delegateId", SharedProblem.VALUE_REQUIRED);
        }
        return view(cities.designateSignatory(new CityCode(id), choice.delegateId()));
    }

    @Delete("/{id}/signatory")
    @Operation(
            summary = "Withdraw the city's signatory designation (organiser)",
            description = "Publishes SignatoryWithdrawn.")
    CityView withdrawSignatory(String id) {
        return view(cities.withdrawSignatory(new CityCode(id)));
    }

    @Serdeable
    record ProtocolOrder(@Nullable List<String> cityIds) {}

    @Put("/protocol-order")
    @Operation(
            summary = "Set the protocol order of the attending cities: seating, speaking and signing (organiser)",
            description = "List every attending city once, first to last. Publishes ProtocolOrderChanged.")
    List<CityView> reorder(@Body ProtocolOrder order) {
        if (order.cityIds() == null) {
            throw InvalidInputException.of("cityIds", SharedProblem.VALUE_REQUIRED);
        }
        cities.reorder(order.cityIds().stream().map(CityCode::new).toList());
        return list();
    }

    @Post("/{id}/delegates")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Add a member to the city's delegation (organiser)",
            description = "Publishes DelegateAdded. An e-mail already in a delegation is a 409.")
    HttpResponse<DelegateView> addDelegate(String id, @Body DelegateRequest request) {
        Delegate delegate = cities.addDelegate(new CityCode(id), request.toProfile());
        return HttpResponse.created(
                DelegateView.of(delegate, true), URI.create("/api/cities/" + id + "/delegates/" + delegate.id()));
    }

    @Put("/{id}/delegates/{delegateId}")
    @Operation(
            summary = "Revise a delegate's profile (organiser)",
            description = "Send the version you edited; publishes DelegateUpdated if anything changed.")
    DelegateView reviseDelegate(String id, UUID delegateId, @Body DelegateRequest request) {
        return DelegateView.of(
                cities.reviseDelegate(new CityCode(id), delegateId, request.version(), request.toProfile()), true);
    }

    @Delete("/{id}/delegates/{delegateId}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a member from the delegation (organiser)",
            description = "Publishes DelegateRemoved, preceded by SignatoryWithdrawn and HeadOfDelegationVacated if"
                    + " they signed for or headed it.")
    void removeDelegate(String id, UUID delegateId) {
        cities.removeDelegate(new CityCode(id), delegateId);
    }

    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Import cities and delegates from a UTF-8 CSV file (organiser)",
            description = "Every row is checked and applied with the same rules and codes as the forms; any refusal"
                    + " refuses the file with every bad row listed (errors[].line, errors[].field = column) and"
                    + " nothing is stored. Rows are matched by city code and e-mail: importing the same file again"
                    + " changes nothing. At most " + DelegationImport.MAX_ROWS + " rows.")
    ImportReport importCsv(@Body byte[] file) {
        ImportReport report = delegationImport.importCsv(file);
        audit.record(
                AuditAction.CITIES_IMPORTED,
                "",
                Map.of(
                        "rows", report.rows(),
                        "citiesRegistered", report.citiesRegistered(),
                        "delegatesAdded", report.delegatesAdded(),
                        "delegatesUpdated", report.delegatesUpdated()));
        return report;
    }

    @Get("/import/template")
    @Produces("text/csv;charset=utf-8")
    @Operation(summary = "A CSV template with every column and two example rows (organiser)")
    HttpResponse<String> template() {
        return HttpResponse.ok(DelegationImportTemplate.CSV)
                .header("Content-Disposition", "attachment; filename=\"summit-delegations.csv\"");
    }

    private CityView view(City city) {
        return CityView.of(city, (int) cities.delegationSize(new CityCode(city.id())));
    }
}
