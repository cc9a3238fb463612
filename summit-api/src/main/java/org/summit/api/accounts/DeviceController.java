package org.summit.api.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.summit.accounts.AccountsProblem;
import org.summit.accounts.AuditAction;
import org.summit.accounts.AuditOutcome;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import org.summit.accounts.Role;
import org.summit.api.web.Problem;
import org.summit.api.web.ProblemKind;
import org.summit.api.web.ProblemResponses;
import org.summit.ceremony.Signatory;
import org.summit.shared.Choices;
import org.summit.shared.GoneException;
import org.summit.shared.LocalizedText;
import org.summit.shared.Violations;

@Controller("/api/devices")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Devices", description = "Pairing signatory tablets and big screens (ceremony staff)")
class DeviceController {

    private final DeviceService devices;
    private final SessionTokens tokens;
    private final AuditTrail audit;
    private final PairingTargets targets;
    private final PairingThrottle throttle;
    private final RefusedAttemptsAudit refusals;

    DeviceController(
            DeviceService devices,
            SessionTokens tokens,
            AuditTrail audit,
            PairingTargets targets,
            PairingThrottle throttle,
            RefusedAttemptsAudit refusals) {
        this.devices = devices;
        this.tokens = tokens;
        this.audit = audit;
        this.targets = targets;
        this.throttle = throttle;
        this.refusals = refusals;
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

    /**
     * A paired device's credential and what it serves, by name: the ceremony (the summit's name) and, for a tablet,
     * the signatory and their city, so that the device shows names, never ids.
     */
    @Serdeable
    // A screen's signatoryId is sent as null, not left out: the UI reads the answer as the document describes it.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeviceCredential(
            String token,
            String kind,
            String ceremonyId,
            @Nullable LocalizedText ceremonyName,
            @Nullable String signatoryId,
            @Nullable LocalizedText signatoryName,
            @Nullable LocalizedText cityName,
            Instant expiresAt) {}

    /** What a paired device serves, by id and by name (see {@link DeviceCredential}). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeviceView(
            String kind,
            String ceremonyId,
            @Nullable LocalizedText ceremonyName,
            @Nullable String signatoryId,
            @Nullable LocalizedText signatoryName,
            @Nullable LocalizedText cityName) {}

    /**
     * A device paired now.
     *
     * @param signatoryName the name of the signatory a tablet serves, while they are on the signing roll
     */
    @Serdeable
    @Schema(name = "PairedDevice")
    record PairedDeviceView(
            UUID id,
            String kind,
            String ceremonyId,
            @Nullable String signatoryId,
            @Nullable LocalizedText signatoryName,
            Instant pairedAt,
            Instant expiresAt) {}

    @Post("/pairings")
    @Status(HttpStatus.CREATED)
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Issue a pairing code (ceremony staff) for a tablet (one signatory) or a screen, one"
                    + " ceremony; single use, valid 10 minutes",
            description = "The ceremony is one that is not sealed (its id, GET /api/ceremonies/current); a tablet's"
                    + " signatory is one of its signatories (their signatoryId). Anything else is refused with"
                    + " pairing.ceremony.unknown or pairing.signatory.unknown.")
    HttpResponse<PairingCode> issue(@Body PairingRequest pairing, Authentication staff) {
        Violations problems = new Violations();
        DeviceKind kind = problems.read(() -> Choices.parse(DeviceKind.class, "kind", pairing.kind()));
        targets.check(pairing.ceremonyId(), pairing.signatoryId(), problems);
        // Refused here, before anything is stored: build() would still run the issue to collect its problems too.
        problems.throwIfAny();
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
                    + " the code cannot be used again. After 10 wrong codes from one address in 15 minutes: 429"
                    + " pairing.throttled with Retry-After.")
    @ApiResponse(
            responseCode = "200",
            description = "Paired",
            content = @Content(schema = @Schema(implementation = DeviceCredential.class)))
    HttpResponse<?> pair(@Body PairRequest pair, HttpRequest<?> request) {
        String address = ClientAddress.of(request);
        Optional<Duration> wait = throttle.reserve(address);
        if (wait.isPresent()) {
            refusals.refused(AuditAction.DEVICE_PAIRING_THROTTLED, null, "pairing", address);
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Problem.of(
                            ProblemKind.TOO_MANY_REQUESTS,
                            AccountsProblem.PAIRING_THROTTLED,
                            Map.of("minutes", Math.max(1, (seconds + 59) / 60)))
                    .header("Retry-After", String.valueOf(seconds));
        }
        Device device;
        try {
            device = targets.pair(pair.code());
        } catch (GoneException wrongCode) {
            audit.record(null, AuditAction.DEVICE_PAIRING_FAILED, null, AuditOutcome.REFUSED, Map.of());
            throw wrongCode;
        }
        throttle.paired(address);
        audit.record(
                null,
                AuditAction.DEVICE_PAIRED,
                device.id().toString(),
                AuditOutcome.OK,
                Map.of("kind", device.kind().code(), "ceremonyId", device.ceremonyId()));
        Optional<Signatory> signatory = targets.signatory(device.ceremonyId(), device.signatoryId());
        return HttpResponse.ok(new DeviceCredential(
                tokens.deviceToken(device),
                device.kind().code(),
                device.ceremonyId(),
                targets.ceremonyName(device.ceremonyId()).orElse(null),
                device.signatoryId(),
                signatory.map(Signatory::name).orElse(null),
                signatory.map(Signatory::cityName).orElse(null),
                device.expiresAt()));
    }

    @Get
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER})
    @Operation(summary = "The devices paired now, the latest first (staff, organisers)")
    List<PairedDeviceView> paired() {
        return devices.paired().stream()
                .map(device -> new PairedDeviceView(
                        device.id(),
                        device.kind().code(),
                        device.ceremonyId(),
                        device.signatoryId(),
                        targets.signatory(device.ceremonyId(), device.signatoryId())
                                .map(Signatory::name)
                                .orElse(null),
                        device.pairedAt(),
                        device.expiresAt()))
                .toList();
    }

    @Delete("/{id}")
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER})
    @Operation(
            summary = "Revoke a paired device (staff, organisers): its next request is refused; recorded in the audit"
                    + " log")
    HttpResponse<?> revoke(UUID id) {
        Device device = devices.revoke(id);
        Map<String, Object> details = new HashMap<>(Map.of("kind", device.kind().code()));
        if (device.signatoryId() != null) {
            details.put("signatoryId", device.signatoryId());
        }
        audit.record(AuditAction.DEVICE_REVOKED, device.id().toString(), details);
        return HttpResponse.noContent();
    }

    @Get("/me")
    @Secured({DeviceKind.Names.TABLET, DeviceKind.Names.SCREEN})
    @Operation(summary = "What this paired device is for (tablet or screen)")
    DeviceView me(Authentication device) {
        String ceremonyId = String.valueOf(device.getAttributes().get("ceremonyId"));
        Object signatoryId = device.getAttributes().get("signatoryId");
        Optional<Signatory> signatory =
                targets.signatory(ceremonyId, signatoryId == null ? null : signatoryId.toString());
        return new DeviceView(
                device.getRoles().iterator().next(),
                ceremonyId,
                targets.ceremonyName(ceremonyId).orElse(null),
                signatoryId == null ? null : signatoryId.toString(),
                signatory.map(Signatory::name).orElse(null),
                signatory.map(Signatory::cityName).orElse(null));
    }
}
