package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import reactor.core.publisher.Flux;

/**
 * A paired device's credential read outside an HTTP request: a WebSocket's first message carries it, since a browser
 * cannot set headers on a WebSocket. Checked as every request's token is (signature, expiry, the device paired and not
 * revoked), and again for each message, so a revocation stops a device at its next message.
 */
@Singleton
public class DeviceCredentials {

    /** A device as its credential names it: what it is and what it serves. */
    public record PairedDevice(
            UUID id,
            DeviceKind kind,
            String ceremonyId,
            @Nullable String signatoryId) {}

    private final Collection<TokenValidator<HttpRequest<?>>> validators;
    private final DeviceService devices;

    DeviceCredentials(Collection<TokenValidator<HttpRequest<?>>> validators, DeviceService devices) {
        this.validators = validators;
        this.devices = devices;
    }

    /** The device a token names, if it is a valid credential of a device paired now. */
    public Optional<PairedDevice> read(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 4_096) {
            return Optional.empty();
        }
        return Flux.fromIterable(validators)
                .concatMap(validator -> validator.validateToken(token, null))
                .next()
                .blockOptional()
                .flatMap(DeviceCredentials::device);
    }

    /** Whether the device is still paired: neither revoked nor expired. */
    public boolean stillPaired(UUID deviceId) {
        return devices.stillActive(deviceId);
    }

    /** The device an HTTP request was authenticated as, if it was a device. */
    public static Optional<PairedDevice> device(Authentication authentication) {
        String name = authentication.getName();
        if (name == null || !name.startsWith("device:")) {
            return Optional.empty();
        }
        Object ceremonyId = authentication.getAttributes().get("ceremonyId");
        Object signatoryId = authentication.getAttributes().get("signatoryId");
        return authentication.getRoles().stream()
                .findFirst()
                .flatMap(role -> java.util.Arrays.stream(DeviceKind.values())
                        .filter(kind -> kind.code().equals(role))
                        .findFirst())
                .map(kind -> new PairedDevice(
                        UUID.fromString(name.substring("device:".length())),
                        kind,
                        String.valueOf(ceremonyId),
                        signatoryId == null ? null : signatoryId.toString()));
    }
}
