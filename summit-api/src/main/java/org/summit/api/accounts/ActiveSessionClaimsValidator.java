package org.summit.api.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.summit.accounts.AccountService;
import org.summit.accounts.DeviceService;

/**
 * Accepts a session token only while its session is open on the server, and a device token only while the device
 * is paired: a token from before a logout or a password change is refused even though its signature and expiry
 * are still good.
 */
@Singleton
class ActiveSessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final AccountService accounts;
    private final DeviceService devices;

    ActiveSessionClaimsValidator(AccountService accounts, DeviceService devices) {
        this.accounts = accounts;
        this.devices = devices;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        if (jti == null) {
            return false;
        }
        try {
            UUID id = UUID.fromString(jti.toString());
            if (String.valueOf(claims.get(Claims.SUBJECT)).startsWith("device:")) {
                return devices.active(id).isPresent();
            }
            return accounts.sessionOpen(id);
        } catch (IllegalArgumentException notASessionId) {
            return false;
        }
    }
}
