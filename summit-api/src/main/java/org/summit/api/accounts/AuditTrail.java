package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.AuditOutcome;

/**
 * Records what a request did in the audit log, in one line of the controller: who asked (the logged-in account's
 * e-mail, or the device), from which address, and how it ended, all taken from the request being answered.
 */
@Singleton
public class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** What the logged-in principal of the current request did; it succeeded. */
    public void record(AuditAction action, String subject, Map<String, ?> details) {
        HttpRequest<?> request = currentRequest();
        log.record(actor(request), action, subject, ClientAddress.of(request), AuditOutcome.OK, details);
    }

    /** An action of someone not (yet) logged in, such as a login, with how it ended. */
    public void record(String actor, AuditAction action, String subject, AuditOutcome outcome, Map<String, ?> details) {
        log.record(actor, action, subject, ClientAddress.of(currentRequest()), outcome, details);
    }

    private static HttpRequest<?> currentRequest() {
        return ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("Audit records are written while answering a request"));
    }

    private static String actor(HttpRequest<?> request) {
        Optional<Authentication> principal = request.getUserPrincipal(Authentication.class);
        return principal
                .map(authentication -> {
                    Object email = authentication.getAttributes().get("email");
                    return email != null ? email.toString() : authentication.getName();
                })
                .orElse(null);
    }
}
