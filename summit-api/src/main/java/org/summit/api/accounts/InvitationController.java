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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditOutcome;
import org.summit.accounts.Session;
import org.summit.api.web.ProblemResponses;

@Controller("/api/invitations/{token}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@ProblemResponses
@Tag(name = "Session")
class InvitationController {

    private final AccountService accounts;
    private final SessionCookies cookies;
    private final AuditTrail audit;

    InvitationController(AccountService accounts, SessionCookies cookies, AuditTrail audit) {
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
    HttpResponse<SessionView> accept(String token, @Valid @Body Acceptance acceptance, HttpRequest<?> request) {
        Account account = accounts.acceptInvitation(token, acceptance.password());
        Session session = accounts.openSession(account, SessionTokens.VALIDITY);
        audit.record(account.email(), AuditAction.INVITATION_ACCEPTED, account.email(), AuditOutcome.OK, Map.of());
        return cookies.open(HttpResponse.ok(cookies.view(account, session.id())), request, account, session);
    }
}
