package org.summit.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.summit.accounts.AccountService;

/**
 * Accepts a session token only while its session is open on the server: a token from before a logout or a
 * password change is refused even though its signature and expiry are still good.
 */
@Singleton
class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final AccountService accounts;

    ActiveSessionClaimsValidator(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        if (jti == null) {
            return false;
        }
        try {
            return accounts.sessionAccount(UUID.fromString(jti.toString())).isPresent();
        } catch (IllegalArgumentException notASessionId) {
            return false;
        }
    }
}
