package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.AccountsProblem;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditOutcome;
import org.summit.accounts.Role;
import org.summit.accounts.Session;
import org.summit.api.web.Problem;
import org.summit.api.web.ProblemKind;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.InvalidInputException;
import org.summit.shared.NotFoundException;

@Controller("/api/session")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Session", description = "Log in and out, change the password")
class SessionController {

    private final AccountService accounts;
    private final SessionCookies cookies;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final RefusedAttemptsAudit refusals;

    SessionController(
            AccountService accounts,
            SessionCookies cookies,
            LoginThrottle throttle,
            AuditTrail audit,
            RefusedAttemptsAudit refusals) {
        this.accounts = accounts;
        this.cookies = cookies;
        this.throttle = throttle;
        this.audit = audit;
        this.refusals = refusals;
    }

    @Serdeable
    record LoginRequest(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 128) String password) {}

    @Serdeable
    record PasswordChange(
            @NotBlank @Size(max = 128) String currentPassword,
            @NotBlank @Size(max = 128) String newPassword) {}

    @Get
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(summary = "Who is logged in (any person; not devices); 401 when nobody is")
    SessionView current(Authentication authentication) {
        UUID sessionId = sessionId(authentication);
        Account account =
                accounts.sessionAccount(sessionId).orElseThrow(() -> new NotFoundException(AccountsProblem.NO_SESSION));
        return cookies.view(account, sessionId);
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "Log in (anyone)",
            description = "Sets the HttpOnly session cookie. The same 401 answers an unknown e-mail and a wrong"
                    + " password. After 10 failures for an e-mail (or 100 from one address) logins wait, also"
                    + " with the right password: 429 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "Logged in")
    HttpResponse<?> login(@Valid @Body LoginRequest login, HttpRequest<?> request) {
        LoginThrottle.Attempt attempt = throttle.reserve(login.email(), ClientAddress.of(request));
        if (attempt.refused()) {
            // Refused before any hashing: counted into one audit entry per address, e-mail and window.
            refusals.refused(AuditAction.LOGIN_THROTTLED, attempt.identity(), attempt.identity(), attempt.address());
            return throttled(attempt, AccountsProblem.LOGIN_THROTTLED);
        }
        Optional<Account> account = accounts.authenticate(login.email(), login.password());
        if (account.isEmpty()) {
            audit.record(
                    attempt.identity(),
                    AuditAction.LOGIN_FAILED,
                    attempt.identity(),
                    AuditOutcome.WRONG_CREDENTIALS,
                    Map.of());
            return Problem.of(ProblemKind.UNAUTHORIZED, AccountsProblem.LOGIN_WRONG);
        }
        throttle.succeeded(attempt);
        Session session = accounts.openSession(account.get(), SessionTokens.VALIDITY);
        audit.record(
                account.get().email(),
                AuditAction.LOGIN_SUCCEEDED,
                account.get().email(),
                AuditOutcome.OK,
                Map.of());
        return cookies.open(
                HttpResponse.ok(cookies.view(account.get(), session.id())), request, account.get(), session);
    }

    @Delete
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(summary = "Log out (any role): the session is revoked on the server too")
    HttpResponse<?> logout(Authentication authentication, HttpRequest<?> request) {
        accounts.closeSession(sessionId(authentication));
        audit.record(AuditAction.LOGOUT, email(authentication), Map.of());
        return cookies.close(HttpResponse.noContent(), request);
    }

    @Post("/password")
    @Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
    @Operation(
            summary = "Change the password (any role); every other session of the account ends",
            description = "A wrong current password counts as a failed login of the account: after 10 (with the"
                    + " login's), 429 password.throttled with Retry-After. Each wrong one is audited.")
    HttpResponse<?> changePassword(
            @Valid @Body PasswordChange change, Authentication authentication, HttpRequest<?> request) {
        String email = email(authentication);
        LoginThrottle.Attempt attempt = throttle.reserve(email, ClientAddress.of(request));
        if (attempt.refused()) {
            refusals.refused(AuditAction.PASSWORD_CHANGE_THROTTLED, email, email, attempt.address());
            return throttled(attempt, AccountsProblem.PASSWORD_THROTTLED);
        }
        try {
            accounts.changePassword(
                    UUID.fromString(authentication.getName()),
                    sessionId(authentication),
                    change.currentPassword(),
                    change.newPassword());
        } catch (InvalidInputException refused) {
            if (refused.violations().stream().anyMatch(v -> v.code() == AccountsProblem.PASSWORD_WRONG)) {
                audit.record(
                        email, AuditAction.PASSWORD_CHANGE_FAILED, email, AuditOutcome.WRONG_CREDENTIALS, Map.of());
            } else {
                // The current password was right (the new one was refused): that was no guess.
                throttle.succeeded(attempt);
            }
            throw refused;
        }
        throttle.succeeded(attempt);
        audit.record(AuditAction.PASSWORD_CHANGED, email, Map.of());
        return HttpResponse.noContent();
    }

    private static HttpResponse<?> throttled(LoginThrottle.Attempt attempt, AccountsProblem code) {
        long seconds = attempt.retryAfterSeconds();
        return Problem.of(ProblemKind.TOO_MANY_REQUESTS, code, Map.of("minutes", Math.max(1, (seconds + 59) / 60)))
                .header("Retry-After", String.valueOf(seconds));
    }

    static UUID sessionId(Authentication authentication) {
        return UUID.fromString(String.valueOf(authentication.getAttributes().get("jti")));
    }

    static String email(Authentication authentication) {
        return String.valueOf(authentication.getAttributes().get("email"));
    }
}
