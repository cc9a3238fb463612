package org.summit.api.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AccountsProblem;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditEntry;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.shared.Choices;
import org.summit.shared.CityCode;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Violations;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Accounts", description = "Accounts, invitations and the audit log (organisers)")
class AccountController {

    private final AccountService accounts;
    private final CitiesService cities;
    private final AccountsAccess access;
    private final AuditLog auditLog;
    private final AuditTrail audit;

    AccountController(
            AccountService accounts, CitiesService cities, AccountsAccess access, AuditLog auditLog, AuditTrail audit) {
        this.accounts = accounts;
        this.cities = cities;
        this.access = access;
        this.auditLog = auditLog;
        this.audit = audit;
    }

    @Serdeable
    record InvitationRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            String email,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            String displayName,

            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"organiser", "delegate", "staff"})
            String role,

            @Nullable @Schema(description = "the attending city of a delegate")
            String cityId) {}

    @Serdeable
    record InvitationIssued(AccountView account, String invitationLink, Instant expiresAt) {}

    /**
     * One entry of the audit log.
     *
     * @param outcome {@code ok}, {@code refused} or {@code wrong-credentials}
     * @param details the values the UI's sentence for the action needs, such as a city's name or a count
     */
    @Serdeable
    // Every field is sent, an empty details map and null subject included: the document says so (contract test).
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AuditView(
            Instant at,
            @Nullable String actor,
            String action,
            @Nullable String subject,
            @Nullable String clientAddress,
            String outcome,
            Map<String, Object> details) {}

    @Get("/accounts")
    @Operation(summary = "Every account (organiser)")
    List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @Post("/accounts/invitations")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Invite someone (organiser): creates the account and a single-use link, valid 7 days, that"
                    + " sets its password")
    HttpResponse<InvitationIssued> invite(@Body InvitationRequest invitation) {
        Violations problems = new Violations();
        Role role = problems.read(() -> Choices.parse(Role.class, "role", invitation.role()));
        CityCode city = problems.read(() -> attendingCity(role, invitation.cityId()));
        AccountService.IssuedInvitation issued =
                problems.proceed(() -> accounts.invite(invitation.email(), invitation.displayName(), role, city));
        audit.record(AuditAction.INVITATION_CREATED, issued.account().email(), Map.of("role", role.code()));
        return HttpResponse.created(
                new InvitationIssued(AccountView.of(issued.account()), issued.path(), issued.expiresAt()),
                URI.create("/api/accounts"));
    }

    @Serdeable
    record RoleChange(
            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"organiser", "delegate", "staff"})
            String role,

            @Nullable String cityId) {}

    @Get("/accounts/{id}")
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(
            summary = "One account: organisers see any; delegates their own and their city's delegation; staff their"
                    + " own. Others answer 404, as if the id did not exist.")
    AccountView find(UUID id, Authentication viewer) {
        Account account = accounts.findById(id)
                .filter(found -> access.mayRead(viewer, found))
                .orElseThrow(() -> new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND));
        return AccountView.of(account);
    }

    @Put("/accounts/{id}/role")
    @Operation(
            summary = "Give an account another role (organiser); its open sessions have the new role from their next"
                    + " request on; recorded in the audit log")
    AccountView changeRole(UUID id, @Body RoleChange change) {
        Violations problems = new Violations();
        Role role = problems.read(() -> Choices.parse(Role.class, "role", change.role()));
        CityCode city = problems.read(() -> attendingCity(role, change.cityId()));
        Account before = problems.proceed(() -> accounts.changeRole(id, role, city));
        audit.record(
                AuditAction.ROLE_CHANGED,
                before.email(),
                Map.of("from", before.role().code(), "to", role.code()));
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    @Post("/accounts/{id}/deactivation")
    @Operation(
            summary = "Deactivate an account (organiser; not one's own): it cannot log in any more and every session of"
                    + " it ends at its next request; recorded in the audit log")
    AccountView deactivate(UUID id, Authentication organiser) {
        Account account =
                accounts.findById(id).orElseThrow(() -> new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND));
        if (accounts.deactivate(id, UUID.fromString(organiser.getName()))) {
            audit.record(AuditAction.ACCOUNT_DEACTIVATED, account.email(), Map.of());
        }
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    @Delete("/accounts/{id}/deactivation")
    @Operation(summary = "Reactivate a deactivated account (organiser): it can log in again; recorded in the audit log")
    AccountView reactivate(UUID id) {
        Account account =
                accounts.findById(id).orElseThrow(() -> new NotFoundException(AccountsProblem.ACCOUNT_NOT_FOUND));
        if (accounts.reactivate(id)) {
            audit.record(AuditAction.ACCOUNT_REACTIVATED, account.email(), Map.of());
        }
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    /** A delegate's city decides what they may see, so it must be a city that attends, not a typo. */
    @Nullable
    private CityCode attendingCity(@Nullable Role role, @Nullable String cityId) {
        if (role != Role.DELEGATE || cityId == null || cityId.isBlank()) {
            return null;
        }
        CityCode code = new CityCode(cityId.strip());
        if (cities.find(code).filter(City::attending).isEmpty()) {
            throw InvalidInputException.of("cityId", AccountsProblem.CITY_NOT_ATTENDING, Map.of("code", code.value()));
        }
        return code;
    }

    @Get("/audit")
    @Operation(summary = "The audit log, newest first (organiser)")
    List<AuditView> auditLog(@QueryValue(defaultValue = "200") int limit) {
        return auditLog.latest(limit).stream().map(this::view).toList();
    }

    private AuditView view(AuditEntry entry) {
        return new AuditView(
                entry.at(),
                entry.actor(),
                entry.action(),
                entry.subject(),
                entry.clientAddress(),
                entry.outcome(),
                auditLog.details(entry));
    }
}
