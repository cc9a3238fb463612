package org.summit.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditLog;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import org.summit.accounts.Role;
import org.summit.shared.InvalidInputException;

@Controller("/api/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Devices", description = "Pairing signatory tablets and big screens (ceremony staff)")
class DeviceController {

    private final DeviceService devices;
    private final SessionTokens tokens;
    private final AuditLog audit;

    DeviceController(DeviceService devices, SessionTokens tokens, AuditLog audit) {
        this.devices = devices;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Serdeable
    record PairingRequest(
            @NotBlank @Size(max = 20) String kind,
            @NotBlank @Size(max = 64) String ceremonyId,
            @Nullable @Size(max = 64) String signatoryId) {}

    @Serdeable
    record PairingCode(String code, Instant expiresAt) {}

    @Serdeable
    record PairRequest(@NotBlank @Size(max = 20) String code) {}

    @Serdeable
    record DeviceCredential(
            String token,
            String kind,
            String ceremonyId,
            @Nullable String signatoryId,
            Instant expiresAt) {}

    @Serdeable
    record DeviceView(
            String kind, String ceremonyId, @Nullable String signatoryId) {}

    @Post("/pairings")
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Issue a pairing code (ceremony staff) for a tablet (one signatory) or a screen, one"
                    + " ceremony; single use, valid 10 minutes")
    HttpResponse<PairingCode> issue(@Valid @Body PairingRequest pairing, Authentication staff, HttpRequest<?> request) {
        DeviceKind kind = DeviceKind.fromCode(pairing.kind())
                .orElseThrow(() ->
                        new InvalidInputException("kind", "Unknown device '" + pairing.kind() + "': tablet or screen"));
        DeviceService.IssuedCode code =
                devices.issue(kind, pairing.ceremonyId(), pairing.signatoryId(), SessionController.email(staff));
        audit.record(
                SessionController.email(staff),
                AuditAction.DEVICE_PAIRING_ISSUED,
                kind.code() + " for ceremony " + pairing.ceremonyId()
                        + (pairing.signatoryId() == null ? "" : ", signatory " + pairing.signatoryId()),
                ClientAddress.of(request),
                "ok");
        return HttpResponse.created(new PairingCode(code.code(), code.expiresAt()), URI.create("/api/devices"));
    }

    @Post("/pair")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "Pair this device (anyone with a code): returns its bearer credential, valid 24 hours;"
                    + " the code cannot be used again")
    DeviceCredential pair(@Valid @Body PairRequest pair, HttpRequest<?> request) {
        Device device = devices.pair(pair.code());
        audit.record(
                null,
                AuditAction.DEVICE_PAIRED,
                device.kind().code() + " " + device.id() + " for ceremony " + device.ceremonyId(),
                ClientAddress.of(request),
                "ok");
        return new DeviceCredential(
                tokens.deviceToken(device),
                device.kind().code(),
                device.ceremonyId(),
                device.signatoryId(),
                device.expiresAt());
    }

    @Get("/me")
    @Secured({DeviceKind.Names.TABLET, DeviceKind.Names.SCREEN})
    @Operation(summary = "What this paired device is for (tablet or screen)")
    DeviceView me(Authentication device) {
        Object signatory = device.getAttributes().get("signatoryId");
        return new DeviceView(
                device.getRoles().iterator().next(),
                String.valueOf(device.getAttributes().get("ceremonyId")),
                signatory == null ? null : signatory.toString());
    }
}
