package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditEntry;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.cities.CitiesService;
import org.summit.cities.City;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@Tag(name = "Accounts", description = "Accounts, invitations and the audit log (organisers)")
class AccountController {

    private final AccountService accounts;
    private final CitiesService cities;
    private final AuditLog audit;

    AccountController(AccountService accounts, CitiesService cities, AuditLog audit) {
        this.accounts = accounts;
        this.cities = cities;
        this.audit = audit;
    }

    @Serdeable
    record InvitationRequest(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 20) String role,
            @Nullable @Size(max = 64) String cityId) {}

    @Serdeable
    record InvitationIssued(AccountView account, String invitationLink, Instant expiresAt) {}

    @Serdeable
    record AuditView(Instant at, String actor, String action, String subject, String clientAddress, String outcome) {

        static AuditView of(AuditEntry entry) {
            return new AuditView(
                    entry.at(), entry.actor(), entry.action(), entry.subject(), entry.clientAddress(), entry.outcome());
        }
    }

    @Get("/accounts")
    @Operation(summary = "Every account (organiser)")
    List<AccountView> list() {
        return accounts.list().stream().map(AccountView::of).toList();
    }

    @Post("/accounts/invitations")
    @Operation(
            summary = "Invite someone (organiser): creates the account and a single-use link, valid 7 days, that"
                    + " sets its password")
    HttpResponse<InvitationIssued> invite(
            @Valid @Body InvitationRequest invitation, Authentication organiser, HttpRequest<?> request) {
        Role role = Role.fromCode(invitation.role())
                .orElseThrow(() -> new InvalidInputException(
                        "role", "Unknown role '" + invitation.role() + "': organiser, delegate or staff"));
        requireAttendingCity(role, invitation.cityId());
        AccountService.IssuedInvitation issued =
                accounts.invite(invitation.email(), invitation.displayName(), role, invitation.cityId());
        audit.record(
                SessionController.email(organiser),
                AuditAction.INVITATION_CREATED,
                issued.account().email() + " as " + role.code(),
                ClientAddress.of(request),
                "ok");
        return HttpResponse.created(
                new InvitationIssued(
                        AccountView.of(issued.account()), "/invitation/" + issued.token(), issued.expiresAt()),
                URI.create("/api/accounts"));
    }

    @Serdeable
    record RoleChange(
            @NotBlank @Size(max = 20) String role,
            @Nullable @Size(max = 64) String cityId) {}

    @Get("/accounts/{id}")
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(
            summary = "One account: organisers see any; delegates their own and their city's delegation; staff their"
                    + " own. Others answer 404, as if the id did not exist.")
    AccountView find(UUID id, Authentication viewer) {
        Account account = accounts.findById(id)
                .filter(found -> mayRead(viewer, found))
                .orElseThrow(() -> new NotFoundException("There is no account " + id));
        return AccountView.of(account);
    }

    @Put("/accounts/{id}/role")
    @Operation(summary = "Give an account another role (organiser); recorded in the audit log")
    AccountView changeRole(UUID id, @Valid @Body RoleChange change, Authentication organiser, HttpRequest<?> request) {
        Role role = Role.fromCode(change.role())
                .orElseThrow(() -> new InvalidInputException(
                        "role", "Unknown role '" + change.role() + "': organiser, delegate or staff"));
        requireAttendingCity(role, change.cityId());
        Account before = accounts.changeRole(id, role, change.cityId());
        audit.record(
                SessionController.email(organiser),
                AuditAction.ROLE_CHANGED,
                before.email() + ": " + before.role().code() + " -> " + role.code(),
                ClientAddress.of(request),
                "ok");
        return AccountView.of(accounts.findById(id).orElseThrow());
    }

    /** A delegate's city decides what they may see, so it must be a city that attends, not a typo. */
    private void requireAttendingCity(Role role, @Nullable String cityId) {
        if (role != Role.DELEGATE || cityId == null || cityId.isBlank()) {
            return;
        }
        if (cities.find(cityId.strip()).filter(City::attending).isEmpty()) {
            throw new InvalidInputException(
                    "cityId",
                    "There is no attending city '" + cityId.strip()
                            + "': use the code of a registered city, such as orlando, or register it first");
        }
    }

    /** Object-level access: a delegate reads only their own city's people, whatever id they try. */
    private boolean mayRead(Authentication viewer, Account account) {
        if (viewer.getRoles().contains(Role.Names.ORGANISER)) {
            return true;
        }
        if (account.id().toString().equals(viewer.getName())) {
            return true;
        }
        if (viewer.getRoles().contains(Role.Names.DELEGATE)) {
            Optional<Account> self = accounts.findById(UUID.fromString(viewer.getName()));
            return self.map(Account::cityId)
                    .filter(city -> city.equals(account.cityId()))
                    .isPresent();
        }
        return false;
    }

    @Get("/audit")
    @Operation(summary = "The audit log, newest first (organiser)")
    List<AuditView> auditLog(@QueryValue(defaultValue = "200") int limit) {
        return audit.latest(limit).stream().map(AuditView::of).toList();
    }
}
