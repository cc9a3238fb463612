package org.summit.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
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
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditEntry;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Role;
import org.summit.shared.InvalidInputException;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@Tag(name = "Accounts", description = "Accounts, invitations and the audit log (organisers)")
class AccountController {

    private final AccountService accounts;
    private final AuditLog audit;

    AccountController(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
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

    @Get("/audit")
    @Operation(summary = "The audit log, newest first (organiser)")
    List<AuditView> auditLog(@QueryValue(defaultValue = "200") int limit) {
        return audit.latest(limit).stream().map(AuditView::of).toList();
    }
}
