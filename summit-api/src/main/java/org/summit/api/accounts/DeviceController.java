package org.summit.api.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditOutcome;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import org.summit.accounts.Role;
import org.summit.api.web.ProblemResponses;
import org.summit.shared.Choices;
import org.summit.shared.Violations;

@Controller("/api/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Devices", description = "Pairing signatory tablets and big screens (ceremony staff)")
class DeviceController {

    private final DeviceService devices;
    private final SessionTokens tokens;
    private final AuditTrail audit;

    DeviceController(DeviceService devices, SessionTokens tokens, AuditTrail audit) {
        this.devices = devices;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Serdeable
    record PairingRequest(
            @Nullable
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    allowableValues = {"tablet", "screen"})
            String kind,

            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            String ceremonyId,

            @Nullable String signatoryId) {}

    @Serdeable
    record PairingCode(String code, Instant expiresAt) {}

    @Serdeable
    record PairRequest(
            @Nullable @Schema(requiredMode = RequiredMode.REQUIRED)
            String code) {}

    @Serdeable
    // A screen's signatoryId is sent as null, not left out: the UI reads the answer as the document describes it.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeviceCredential(
            String token,
            String kind,
            String ceremonyId,
            @Nullable String signatoryId,
            Instant expiresAt) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeviceView(
            String kind, String ceremonyId, @Nullable String signatoryId) {}

    @Post("/pairings")
    @Status(HttpStatus.CREATED)
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Issue a pairing code (ceremony staff) for a tablet (one signatory) or a screen, one"
                    + " ceremony; single use, valid 10 minutes")
    HttpResponse<PairingCode> issue(@Body PairingRequest pairing, Authentication staff) {
        Violations problems = new Violations();
        DeviceKind kind = problems.read(() -> Choices.parse(DeviceKind.class, "kind", pairing.kind()));
        DeviceService.IssuedCode code = problems.build(
                () -> devices.issue(kind, pairing.ceremonyId(), pairing.signatoryId(), SessionController.email(staff)));
        audit.record(
                AuditAction.DEVICE_PAIRING_ISSUED,
                pairing.ceremonyId(),
                pairing.signatoryId() == null
                        ? Map.of("kind", kind.code())
                        : Map.of("kind", kind.code(), "signatoryId", pairing.signatoryId()));
        return HttpResponse.created(new PairingCode(code.code(), code.expiresAt()), URI.create("/api/devices"));
    }

    @Post("/pair")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            summary = "Pair this device (anyone with a code): returns its bearer credential, valid 24 hours;"
                    + " the code cannot be used again")
    DeviceCredential pair(@Body PairRequest pair) {
        Device device = devices.pair(pair.code());
        audit.record(
                null,
                AuditAction.DEVICE_PAIRED,
                device.id().toString(),
                AuditOutcome.OK,
                Map.of("kind", device.kind().code(), "ceremonyId", device.ceremonyId()));
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
