package org.summit.api.ceremony;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.accounts.AuditAction;
import org.summit.accounts.Device;
import org.summit.accounts.DeviceKind;
import org.summit.accounts.DeviceService;
import org.summit.accounts.Role;
import org.summit.api.accounts.AuditTrail;
import org.summit.api.accounts.DeviceCredentials;
import org.summit.api.ceremony.CeremonyViews.CeremonyDetails;
import org.summit.api.ceremony.CeremonyViews.CeremonyView;
import org.summit.api.ceremony.CeremonyViews.Confirmation;
import org.summit.api.ceremony.CeremonyViews.Console;
import org.summit.api.ceremony.CeremonyViews.ConsoleScreens;
import org.summit.api.ceremony.CeremonyViews.ConsoleSignatory;
import org.summit.api.ceremony.CeremonyViews.DeclarationDraft;
import org.summit.api.ceremony.CeremonyViews.DeclarationView;
import org.summit.api.ceremony.CeremonyViews.NewCeremony;
import org.summit.api.ceremony.CeremonyViews.Opening;
import org.summit.api.ceremony.CeremonyViews.SealView;
import org.summit.api.ceremony.CeremonyViews.SignatoryView;
import org.summit.api.web.ProblemResponses;
import org.summit.api.web.PublicOrigin;
import org.summit.ceremony.Ceremony;
import org.summit.ceremony.CeremonyProblem;
import org.summit.ceremony.CeremonyService;
import org.summit.ceremony.Declaration;
import org.summit.ceremony.SealedRecord;
import org.summit.ceremony.Signatory;
import org.summit.ceremony.SigningMode;
import org.summit.ceremony.StrokeGate;
import org.summit.shared.ConflictException;
import org.summit.shared.InvalidInputException;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;
import org.summit.shared.SharedProblem;
import org.summit.shared.Texts;
import org.summit.shared.Violations;

@Controller("/api/ceremonies")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemResponses
@Tag(name = "Ceremony", description = "The signing of the declaration")
class CeremonyController {

    /** Strokes within this long count as signing now, on the console. */
    private static final Duration SIGNING_NOW = Duration.ofSeconds(3);

    private final CeremonyService ceremonies;
    private final StrokeGate gate;
    private final DeviceService devices;
    private final ConnectedDevices connected;
    private final SealedPdfs pdfs;
    private final AuditTrail audit;
    private final Clock clock;

    CeremonyController(
            CeremonyService ceremonies,
            StrokeGate gate,
            DeviceService devices,
            ConnectedDevices connected,
            SealedPdfs pdfs,
            AuditTrail audit,
            Clock clock) {
        this.ceremonies = ceremonies;
        this.gate = gate;
        this.devices = devices;
        this.connected = connected;
        this.pdfs = pdfs;
        this.audit = audit;
        this.clock = clock;
    }

    @Post
    @Secured(Role.Names.ORGANISER)
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "Set up a ceremony (organisers): its name and the first draft of its declaration; it becomes the"
                    + " current one, which staff run and devices are paired for")
    CeremonyDetails create(@Body NewCeremony ceremony, Authentication organiser) {
        Violations problems = new Violations();
        LocalizedText name = problems.read(() -> Texts.requireBilingual("name", ceremony.name()));
        Declaration declaration = problems.read(ceremony::declaration);
        problems.throwIfAny();
        Ceremony created = ceremonies.create(name, declaration, email(organiser));
        audit.record(AuditAction.DECLARATION_DRAFTED, created.id().toString(), Map.of("version", 1));
        return details(created.id());
    }

    @Get("/current")
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER})
    @Operation(summary = "The ceremony staff run now (the latest set up), with its declaration and signatories")
    CeremonyDetails current() {
        Ceremony ceremony = ceremonies.current().orElseThrow(() -> new NotFoundException(CeremonyProblem.NO_CEREMONY));
        return details(ceremony.id());
    }

    @Get("/{id}")
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER, DeviceKind.Names.TABLET, DeviceKind.Names.SCREEN})
    @Operation(
            summary = "A ceremony with its declaration (the locked text once ready) and its signatories in signing"
                    + " order (staff, organisers; a paired tablet or screen, its own ceremony only)")
    CeremonyDetails ceremony(UUID id, Authentication who) {
        CeremonyAccess.requireReader(id, who);
        return details(id);
    }

    @Put("/{id}/declaration")
    @Secured(Role.Names.ORGANISER)
    @Operation(
            summary = "Save a new version of the declaration while the ceremony is drafted (organisers); refused once"
                    + " it is ready (declaration.locked) or when version is not the current one (version.stale)")
    CeremonyDetails redraft(UUID id, @Body DeclarationDraft draft, Authentication organiser) {
        Ceremony ceremony = ceremonies.redraft(id, draft.version(), draft.declaration(), email(organiser));
        audit.record(AuditAction.DECLARATION_DRAFTED, id.toString(), Map.of("version", ceremony.declarationVersion()));
        return details(id);
    }

    @Post("/{id}/preparation")
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER})
    @Operation(
            summary = "Make the ceremony ready: the declaration is locked under its fingerprint and the signatories are"
                    + " fixed from the signing roll (staff, organisers)")
    CeremonyDetails prepare(UUID id) {
        Ceremony ready = ceremonies.prepare(id);
        audit.record(AuditAction.CEREMONY_PREPARED, id.toString(), Map.of("textFingerprint", ready.textFingerprint()));
        return details(id);
    }

    @Post("/{id}/opening")
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Open the signing (staff): for everyone at once, or one by one as staff call each signatory in"
                    + " protocol order")
    CeremonyDetails open(UUID id, @Body Opening opening) {
        if (opening.mode() == null) {
            throw InvalidInputException.of("mode", SharedProblem.VALUE_REQUIRED);
        }
        SigningMode mode = SigningMode.of(opening.mode())
                .orElseThrow(() -> InvalidInputException.of(
                        "mode",
                        SharedProblem.CHOICE_UNKNOWN,
                        Map.of("value", opening.mode(), "choices", "everyone, one-by-one")));
        ceremonies.open(id, mode);
        audit.record(AuditAction.CEREMONY_OPENED, id.toString(), Map.of("mode", mode.code()));
        return details(id);
    }

    @Post("/{id}/calls")
    @Secured(Role.Names.STAFF)
    @Operation(summary = "Call the next signatory in protocol order to sign (staff; signing open one by one)")
    SignatoryView callNext(UUID id) {
        Signatory called = ceremonies.callNext(id);
        audit.record(AuditAction.SIGNATORY_CALLED, id.toString(), who(called));
        return SignatoryView.of(called);
    }

    @Post("/{id}/signatories/{signatoryId}/absence")
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Record that a signatory cannot come (staff): the declaration is sealed without their signature,"
                    + " and says so")
    SignatoryView markAbsent(UUID id, UUID signatoryId) {
        Signatory absent = ceremonies.markAbsent(id, signatoryId);
        audit.record(AuditAction.SIGNATORY_MARKED_ABSENT, id.toString(), who(absent));
        return SignatoryView.of(absent);
    }

    @Post("/{id}/signatures/mine/confirmation")
    @Secured(DeviceKind.Names.TABLET)
    @Operation(
            summary = "Confirm this tablet's signature up to the last batch the server acknowledged (the tablet): it is"
                    + " final; refused while batches are unacknowledged")
    SignatoryView confirm(UUID id, @Body Confirmation confirmation, Authentication tablet) {
        DeviceCredentials.PairedDevice device = DeviceCredentials.device(tablet)
                .filter(paired -> paired.ceremonyId().equals(id.toString()) && paired.signatoryId() != null)
                .orElseThrow(() -> new NotFoundException(CeremonyProblem.CEREMONY_NOT_FOUND));
        UUID signatoryId = UUID.fromString(device.signatoryId());
        if (confirmation.lastSeq() == null) {
            throw InvalidInputException.of("lastSeq", SharedProblem.VALUE_REQUIRED);
        }
        long accepted = gate.lastAccepted(id, signatoryId);
        if (confirmation.lastSeq() != accepted) {
            throw new ConflictException(
                    CeremonyProblem.SIGNATURE_UNACKNOWLEDGED,
                    Map.of("accepted", accepted, "lastSeq", confirmation.lastSeq()));
        }
        Signatory confirmed = ceremonies.confirm(id, signatoryId, accepted);
        audit.record(AuditAction.SIGNATURE_CONFIRMED, id.toString(), who(confirmed));
        return SignatoryView.of(confirmed);
    }

    @Post("/{id}/seal")
    @Secured(Role.Names.STAFF)
    @Operation(
            summary = "Seal the declaration once every signatory has confirmed or is marked absent (staff): the"
                    + " fingerprint chain over the locked text and every signature is stored and the sealed PDF made")
    SealView seal(UUID id, Authentication staff, HttpRequest<?> request) {
        SealedRecord record = ceremonies.seal(id, email(staff));
        String origin = PublicOrigin.of(request);
        pdfs.sealed(id, origin);
        audit.record(AuditAction.DECLARATION_SEALED, id.toString(), Map.of("fingerprint", record.fingerprint()));
        return new SealView(
                record.fingerprint(),
                record.sealedAt(),
                origin + "/verify/" + id,
                "/api/ceremonies/" + id + "/sealed.pdf");
    }

    @Get("/{id}/console")
    @Secured({Role.Names.STAFF, Role.Names.ORGANISER})
    @Operation(
            summary = "The staff console's live view (staff, organisers): each signatory's status, whether their"
                    + " tablet is paired or connected now, whether they are signing; the screens")
    Console console(UUID id) {
        Ceremony ceremony = ceremonies.find(id);
        List<Device> paired = devices.paired().stream()
                .filter(device -> device.ceremonyId().equals(id.toString()))
                .toList();
        Instant now = clock.instant();
        List<ConsoleSignatory> signatories = ceremonies.signatories(id).stream()
                .map(signatory -> {
                    UUID signatoryId = signatory.signatoryId();
                    boolean tabletPaired = paired.stream()
                            .anyMatch(device -> signatoryId.toString().equals(device.signatoryId()));
                    Instant last = connected.lastStroke(signatoryId);
                    return new ConsoleSignatory(
                            SignatoryView.of(signatory),
                            connected.tabletConnected(signatoryId) ? "connected" : tabletPaired ? "paired" : "none",
                            last != null && last.isAfter(now.minus(SIGNING_NOW)),
                            last,
                            ceremony.state() == org.summit.ceremony.CeremonyState.DRAFT
                                    ? 0
                                    : gate.lastAccepted(id, signatoryId));
                })
                .toList();
        int screens = (int) paired.stream()
                .filter(device -> device.kind() == DeviceKind.SCREEN)
                .count();
        return new Console(
                CeremonyView.of(ceremony), signatories, new ConsoleScreens(screens, connected.screensConnected(id)));
    }

    /** The audit log's details of a step about one signatory: their name and city, as people read them. */
    private static Map<String, Object> who(Signatory signatory) {
        return Map.of("signatoryId", signatory.signatoryId(), "name", signatory.name(), "city", signatory.cityName());
    }

    private static String email(Authentication person) {
        return String.valueOf(person.getAttributes().get("email"));
    }

    private CeremonyDetails details(UUID id) {
        return new CeremonyDetails(
                CeremonyView.of(ceremonies.find(id)),
                DeclarationView.of(ceremonies.declaration(id)),
                ceremonies.signatories(id).stream().map(SignatoryView::of).toList());
    }
}
