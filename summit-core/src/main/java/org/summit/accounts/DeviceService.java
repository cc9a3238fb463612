package org.summit.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.summit.shared.GoneException;
import org.summit.shared.NotFoundException;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

/**
 * Pairs tablets and screens: staff issue a short code for one device, one ceremony and (for a tablet) one
 * signatory; the device exchanges it once, within {@link #CODE_VALIDITY}, for its own credential, valid for a day
 * ({@code summit.devices.validity}) unless revoked.
 */
@Singleton
public class DeviceService {

    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

    /** Unambiguous characters for a code read off one screen and typed on another. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final DeviceRepositories.Pairings pairings;
    private final DeviceRepositories.Devices devices;
    private final Clock clock;
    private final Duration deviceValidity;

    DeviceService(
            DeviceRepositories.Pairings pairings,
            DeviceRepositories.Devices devices,
            Clock clock,
            @Value("${summit.devices.validity:24h}") Duration deviceValidity) {
        this.pairings = pairings;
        this.devices = devices;
        this.clock = clock;
        this.deviceValidity = deviceValidity;
    }

    /** A pairing code to show the device, and until when it works. */
    public record IssuedCode(String code, Instant expiresAt) {}

    @Transactional
    public IssuedCode issue(DeviceKind kind, String ceremonyId, @Nullable String signatoryId, String issuedBy) {
        Violations problems = new Violations();
        problems.check(() -> Texts.requireLine("ceremonyId", ceremonyId, 64));
        if (kind == DeviceKind.TABLET && (signatoryId == null || signatoryId.isBlank())) {
            problems.add("signatoryId", AccountsProblem.PAIRING_SIGNATORY_REQUIRED);
        }
        if (kind == DeviceKind.SCREEN && signatoryId != null) {
            problems.add("signatoryId", AccountsProblem.PAIRING_SIGNATORY_FOR_SCREEN);
        }
        problems.throwIfAny();
        String code = code();
        Instant now = clock.instant();
        pairings.save(new DevicePairing(
                Secrets.sha256(code),
                kind,
                ceremonyId,
                signatoryId,
                issuedBy,
                now,
                now.plus(CODE_VALIDITY),
                null,
                null));
        return new IssuedCode(code, now.plus(CODE_VALIDITY));
    }

    /** Exchanges a pairing code, once, for a device credential. */
    @Transactional
    public Device pair(String code) {
        String hash = Secrets.sha256(normalise(code));
        DevicePairing pairing =
                pairings.findById(hash).orElseThrow(() -> new GoneException(AccountsProblem.PAIRING_CODE_GONE));
        Instant now = clock.instant();
        UUID deviceId = UUID.randomUUID();
        if (pairings.use(hash, deviceId, now) != 1) {
            throw new GoneException(AccountsProblem.PAIRING_CODE_GONE);
        }
        return devices.save(new Device(
                deviceId,
                pairing.kind(),
                pairing.ceremonyId(),
                pairing.signatoryId(),
                now,
                now.plus(deviceValidity),
                null));
    }

    /** The devices paired now (neither revoked nor expired), the latest first. */
    @Transactional(readOnly = true)
    public List<Device> paired() {
        Instant now = clock.instant();
        return devices.findAll().stream()
                .filter(device -> device.activeAt(now))
                .sorted(Comparator.comparing(Device::pairedAt).reversed())
                .toList();
    }

    /**
     * Revokes a paired device's credential: its next request is refused. Returns the device as it was, or a refusal
     * when there is no such device.
     */
    @Transactional
    public Device revoke(UUID deviceId) {
        Device device =
                devices.findById(deviceId).orElseThrow(() -> new NotFoundException(AccountsProblem.DEVICE_NOT_FOUND));
        if (device.revokedAt() == null) {
            devices.update(new Device(
                    device.id(),
                    device.kind(),
                    device.ceremonyId(),
                    device.signatoryId(),
                    device.pairedAt(),
                    device.expiresAt(),
                    clock.instant()));
        }
        return device;
    }

    @Transactional(readOnly = true)
    public Optional<Device> active(UUID deviceId) {
        Instant now = clock.instant();
        return devices.findById(deviceId).filter(device -> device.activeAt(now));
    }

    /**
     * Whether the device is paired now: one indexed count, without a transaction or the device's row. Asked for every
     * message a tablet sends (600 a second in a ceremony), so that a revocation or an expiry holds from the next one.
     */
    public boolean stillActive(UUID deviceId) {
        return devices.countActive(deviceId, clock.instant()) > 0;
    }

    private static String code() {
        String code = Secrets.code(ALPHABET, 8);
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    private static String normalise(String code) {
        String compact = code == null
                ? ""
                : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        return compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : compact;
    }
}
