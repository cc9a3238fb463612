package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Session;
import org.summit.api.web.Problem;

@Controller("/api/invitations/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Session")
class InvitationController {

    private final AccountService accounts;
    private final SessionCookies cookies;
    private final AuditLog audit;

    InvitationController(AccountService accounts, SessionCookies cookies, AuditLog audit) {
        this.accounts = accounts;
        this.cookies = cookies;
        this.audit = audit;
    }

    @Serdeable
    record Invited(String email, String displayName, String role, Instant expiresAt) {}

    @Serdeable
    record Acceptance(@NotNull @Size(max = 128) String password) {}

    @Get
    @Operation(summary = "Whom an invitation link is for (anyone holding the link)")
    @ApiResponse(
            responseCode = "404",
            description = "No such invitation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(
            responseCode = "410",
            description = "Used or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Invited show(String token) {
        AccountService.InvitedAccount invited = accounts.invited(token);
        return new Invited(
                invited.account().email(),
                invited.account().displayName(),
                invited.account().role().code(),
                invited.expiresAt());
    }

    @Post
    @Operation(summary = "Accept an invitation: set the password (12 to 128 characters) and log in; single use")
    @ApiResponse(
            responseCode = "410",
            description = "Used or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<SessionView> accept(String token, @Valid @Body Acceptance acceptance, HttpRequest<?> request) {
        Account account = accounts.acceptInvitation(token, acceptance.password());
        Session session = accounts.openSession(account, SessionTokens.VALIDITY);
        audit.record(
                account.email(), AuditAction.INVITATION_ACCEPTED, account.email(), ClientAddress.of(request), "ok");
        return cookies.open(HttpResponse.ok(cookies.view(account, session.id())), request, account, session);
    }
}
