package org.summit.api.accounts;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.Account;
import org.summit.accounts.AccountService;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceService;

/**
 * Who a request is, from the server's records as they are now, not from what the token said when it was issued. A
 * session token (signature, expiry and audience already checked) only names the session ({@code jti}): the role,
 * the e-mail and the city come from the account on every request, so a role change, a new city or a deactivation
 * reaches every open session of the account at its very next request. A token of a session that was logged out,
 * replaced by a password change, or of a deactivated account authenticates nobody (401); a device's token only
 * while the device is paired and not revoked.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class CurrentAccountAuthentication implements JwtAuthenticationFactory {

    private final AccountService accounts;
    private final DeviceService devices;

    CurrentAccountAuthentication(AccountService accounts, DeviceService devices) {
        this.accounts = accounts;
        this.devices = devices;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        try {
            JWTClaimsSet claims = token.getJWTClaimsSet();
            String subject = claims.getSubject();
            String jti = claims.getJWTID();
            if (subject == null || jti == null) {
                return Optional.empty();
            }
            UUID id = UUID.fromString(jti);
            if (subject.startsWith("device:")) {
                return devices.active(id)
                        .filter(device -> subject.equals("device:" + device.id()))
                        .map(CurrentAccountAuthentication::device);
            }
            return accounts.sessionAccount(id)
                    .filter(account -> subject.equals(account.id().toString()))
                    .map(account -> person(account, id));
        } catch (ParseException | IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static Authentication person(Account account, UUID sessionId) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("jti", sessionId.toString());
        attributes.put("email", account.email());
        if (account.cityId() != null) {
            attributes.put("cityId", account.cityId());
        }
        return Authentication.build(
                account.id().toString(), List.of(account.role().code()), attributes);
    }

    private static Authentication device(Device device) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("jti", device.id().toString());
        attributes.put("ceremonyId", device.ceremonyId());
        if (device.signatoryId() != null) {
            attributes.put("signatoryId", device.signatoryId());
        }
        return Authentication.build(
                "device:" + device.id(), List.of(device.kind().code()), attributes);
    }
}
