package org.summit.ceremony;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.summit.events.ceremony.CeremonyPrepared;
import org.summit.events.ceremony.DeclarationLocked;
import org.summit.events.ceremony.DeclarationSealed;
import org.summit.events.ceremony.ScreenPaired;
import org.summit.events.ceremony.SignatoryCalled;
import org.summit.events.ceremony.SignatoryMarkedAbsent;
import org.summit.events.ceremony.SignatureConfirmed;
import org.summit.events.ceremony.SigningOpened;
import org.summit.events.ceremony.StrokePoint;
import org.summit.events.ceremony.TabletDisconnected;
import org.summit.events.ceremony.TabletPaired;
import org.summit.shared.ConflictException;
import org.summit.shared.LocalizedText;
import org.summit.shared.NotFoundException;
import org.summit.shared.Versions;
import org.summit.shared.outbox.Outbox;

/**
 * The signing ceremony's steps, each one transaction that changes the ceremony and appends its event to the outbox:
 * drafting the declaration, making the ceremony ready (the text locked, the signatories fixed from the signing roll),
 * opening the signing, calling signatories, confirming signatures, marking absences, and sealing; and, for staff, a
 * tablet lost while its signatory still has to sign.
 */
@Singleton
public class CeremonyService {

    private final CeremonyRepositories.Ceremonies ceremonies;
    private final CeremonyRepositories.Declarations declarations;
    private final CeremonyRepositories.Signatories signatories;
    private final CeremonyRepositories.StrokeBatches batches;
    private final CeremonyRepositories.Seals seals;
    private final SigningRoll roll;
    private final SealChain chain;
    private final Outbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    CeremonyService(
            CeremonyRepositories.Ceremonies ceremonies,
            CeremonyRepositories.Declarations declarations,
            CeremonyRepositories.Signatories signatories,
            CeremonyRepositories.StrokeBatches batches,
            CeremonyRepositories.Seals seals,
            SigningRoll roll,
            SealChain chain,
            Outbox outbox,
            JsonMapper json,
            Clock clock) {
        this.ceremonies = ceremonies;
        this.declarations = declarations;
        this.signatories = signatories;
        this.batches = batches;
        this.seals = seals;
        this.roll = roll;
        this.chain = chain;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Drafts a new ceremony with the first version of its declaration. */
    @Transactional
    public Ceremony create(LocalizedText name, Declaration declaration, String by) {
        Instant now = clock.instant();
        Ceremony ceremony = ceremonies.save(new Ceremony(
                UUID.randomUUID(),
                name.zhHant(),
                name.en(),
                CeremonyState.DRAFT,
                null,
                1,
                null,
                now,
                null,
                null,
                null,
                0));
        saveVersion(ceremony.id(), 1, declaration, by, now);
        return ceremony;
    }

    /** The ceremony devices are paired for and staff run now: the latest one created. */
    @Transactional(readOnly = true)
    public Optional<Ceremony> current() {
        return ceremonies.findFirstOrderByCreatedAtDesc();
    }

    @Transactional(readOnly = true)
    public Ceremony find(UUID ceremonyId) {
        return ceremonies
                .findById(ceremonyId)
                .orElseThrow(() -> new NotFoundException(CeremonyProblem.CEREMONY_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public Optional<Ceremony> findIfAny(UUID ceremonyId) {
        return ceremonies.findById(ceremonyId);
    }

    /** The declaration's current version (the locked one once the ceremony is ready). */
    @Transactional(readOnly = true)
    public Declaration declaration(UUID ceremonyId) {
        Ceremony ceremony = find(ceremonyId);
        return read(declarations
                .findByCeremonyIdAndVersion(ceremonyId, ceremony.declarationVersion())
                .orElseThrow());
    }

    /**
     * Saves a new version of a drafted declaration; refused once the ceremony is ready (the text is locked) or when
     * {@code expectedVersion} is not the current one.
     */
    @Transactional
    public Ceremony redraft(UUID ceremonyId, @Nullable Long expectedVersion, Declaration declaration, String by) {
        Ceremony ceremony = find(ceremonyId);
        if (ceremony.state() != CeremonyState.DRAFT) {
            throw new ConflictException(
                    CeremonyProblem.DECLARATION_LOCKED, Map.of("fingerprint", ceremony.textFingerprint()));
        }
        Versions.check(ceremony.version(), expectedVersion, ceremony.name());
        int next = ceremony.declarationVersion() + 1;
        saveVersion(ceremonyId, next, declaration, by, clock.instant());
        return ceremonies.update(ceremony.redrafted(next));
    }

    /**
     * The signatories: while the ceremony is drafted, those the signing roll would fix now (each WAITING); once it is
     * ready, the ones fixed then, with how far each is.
     */
    @Transactional(readOnly = true)
    public List<Signatory> signatories(UUID ceremonyId) {
        Ceremony ceremony = find(ceremonyId);
        if (ceremony.state() == CeremonyState.DRAFT) {
            return fromRoll(ceremonyId).stream()
                    .filter(signatory -> signatory.signatoryId() != null)
                    .toList();
        }
        return signatories.findByCeremonyIdOrderByPosition(ceremonyId);
    }

    @Transactional(readOnly = true)
    public Optional<Signatory> signatory(UUID ceremonyId, UUID signatoryId) {
        Ceremony ceremony = ceremonies.findById(ceremonyId).orElse(null);
        if (ceremony == null) {
            return Optional.empty();
        }
        if (ceremony.state() == CeremonyState.DRAFT) {
            return fromRoll(ceremonyId).stream()
                    .filter(signatory -> signatoryId.equals(signatory.signatoryId()))
                    .findFirst();
        }
        return signatories.findByCeremonyIdAndSignatoryId(ceremonyId, signatoryId);
    }

    /** Makes a drafted ceremony ready: locks the declaration under its fingerprint and fixes the signatories. */
    @Transactional
    public Ceremony prepare(UUID ceremonyId) {
        Ceremony ceremony = find(ceremonyId);
        ceremony.require(CeremonyState.DRAFT);
        List<Signatory> fixed = fromRoll(ceremonyId);
        for (Signatory signatory : fixed) {
            if (signatory.signatoryId() == null) {
                throw new ConflictException(CeremonyProblem.SIGNATORY_MISSING, Map.of("city", signatory.cityName()));
            }
        }
        if (fixed.isEmpty()) {
            throw new ConflictException(CeremonyProblem.NO_SIGNATORIES);
        }
        fixed.forEach(signatories::save);
        String fingerprint = chain.textFingerprint(declaration(ceremonyId));
        Ceremony ready = ceremonies.update(ceremony.prepared(fingerprint, clock.instant()));
        outbox.append(new CeremonyPrepared(
                ceremonyId.toString(),
                ready.name(),
                fixed.stream()
                        .map(signatory -> new CeremonyPrepared.Signatory(
                                signatory.signatoryId().toString(),
                                signatory.cityId(),
                                signatory.cityName(),
                                signatory.name()))
                        .toList()));
        outbox.append(new DeclarationLocked(ceremonyId.toString(), ready.declarationVersion(), fingerprint));
        return ready;
    }

    /** Opens the signing, for everyone at once (each signatory is called) or one by one as staff call them. */
    @Transactional
    public Ceremony open(UUID ceremonyId, SigningMode mode) {
        Ceremony ceremony = find(ceremonyId);
        Ceremony open = ceremonies.update(ceremony.opened(mode, clock.instant()));
        outbox.append(new SigningOpened(ceremonyId.toString(), mode.code()));
        if (mode == SigningMode.EVERYONE) {
            for (Signatory signatory : signatories.findByCeremonyIdOrderByPosition(ceremonyId)) {
                if (signatory.status() == SignatoryStatus.WAITING) {
                    called(signatory);
                }
            }
        }
        return open;
    }

    /** Calls the next signatory in protocol order who has not been called, when signing is open one by one. */
    @Transactional
    public Signatory callNext(UUID ceremonyId) {
        Ceremony ceremony = find(ceremonyId);
        ceremony.require(CeremonyState.OPEN);
        if (ceremony.signingMode() != SigningMode.ONE_BY_ONE) {
            throw new ConflictException(CeremonyProblem.NOT_ONE_BY_ONE);
        }
        return signatories.findByCeremonyIdOrderByPosition(ceremonyId).stream()
                .filter(signatory -> signatory.status() == SignatoryStatus.WAITING)
                .findFirst()
                .map(this::called)
                .orElseThrow(() -> new ConflictException(CeremonyProblem.NOBODY_TO_CALL));
    }

    /** Records that a signatory cannot come, while the ceremony is ready or open and they have not confirmed. */
    @Transactional
    public Signatory markAbsent(UUID ceremonyId, UUID signatoryId) {
        Ceremony ceremony = find(ceremonyId);
        if (ceremony.state() != CeremonyState.OPEN) {
            ceremony.require(CeremonyState.READY);
        }
        Signatory absent = signatories.update(fixed(ceremonyId, signatoryId).absent(clock.instant()));
        outbox.append(new SignatoryMarkedAbsent(
                ceremonyId.toString(), signatoryId.toString(), absent.cityId(), absent.cityName()));
        return absent;
    }

    /**
     * Confirms a called signatory's signature up to the batch numbered {@code lastSeq}: it is final. The caller has
     * checked that every batch up to it was accepted.
     */
    @Transactional
    public Signatory confirm(UUID ceremonyId, UUID signatoryId, long lastSeq) {
        find(ceremonyId).require(CeremonyState.OPEN);
        if (lastSeq < 1) {
            throw new ConflictException(CeremonyProblem.SIGNATURE_EMPTY);
        }
        Signatory confirmed = signatories.update(fixed(ceremonyId, signatoryId).confirmed(lastSeq, clock.instant()));
        outbox.append(new SignatureConfirmed(
                ceremonyId.toString(), signatoryId.toString(), confirmed.cityId(), confirmed.cityName(), lastSeq));
        return confirmed;
    }

    /** Records a tablet or a screen paired for the ceremony, in the transaction that used the pairing code. */
    @Transactional
    public void devicePaired(UUID ceremonyId, @Nullable UUID signatoryId, UUID deviceId) {
        if (signatoryId == null) {
            outbox.append(new ScreenPaired(ceremonyId.toString(), deviceId.toString()));
            return;
        }
        signatories.findByCeremonyIdAndSignatoryId(ceremonyId, signatoryId).ifPresent(signatory -> {
            if (!signatory.tabletPaired()) {
                signatories.update(signatory.paired());
            }
        });
        outbox.append(new TabletPaired(ceremonyId.toString(), signatoryId.toString(), deviceId.toString()));
    }

    /**
     * Records that a paired tablet's connection closed: while the signing is open and its signatory has neither
     * confirmed nor been marked absent, staff should look at it ({@code TabletDisconnected}). At any other time a tablet
     * coming and going is nobody's concern, and nothing is recorded.
     *
     * @return whether it was recorded
     */
    @Transactional
    public boolean tabletDisconnected(UUID ceremonyId, UUID signatoryId, UUID deviceId, Instant disconnectedAt) {
        Optional<Ceremony> ceremony = ceremonies.findById(ceremonyId);
        if (ceremony.isEmpty() || ceremony.get().state() != CeremonyState.OPEN) {
            return false;
        }
        Optional<Signatory> signatory = signatories
                .findByCeremonyIdAndSignatoryId(ceremonyId, signatoryId)
                .filter(found -> !found.status().done());
        if (signatory.isEmpty()) {
            return false;
        }
        outbox.append(new TabletDisconnected(
                ceremonyId.toString(),
                signatoryId.toString(),
                signatory.get().cityId(),
                signatory.get().cityName(),
                deviceId.toString(),
                disconnectedAt));
        return true;
    }

    /**
     * Seals the declaration once every signatory has confirmed or been marked absent and every confirmed stroke is in
     * the record: computes the fingerprint chain over the locked text and the signatures and stores the record.
     */
    @Transactional
    public SealedRecord seal(UUID ceremonyId, String by) {
        Ceremony ceremony = find(ceremonyId);
        ceremony.require(CeremonyState.OPEN);
        List<Signatory> all = signatories.findByCeremonyIdOrderByPosition(ceremonyId);
        List<Signatory> waiting =
                all.stream().filter(signatory -> !signatory.status().done()).toList();
        if (!waiting.isEmpty()) {
            throw new ConflictException(
                    CeremonyProblem.SEAL_WAITING,
                    Map.of(
                            "count",
                            waiting.size(),
                            "names",
                            waiting.stream().map(s -> s.name().en()).collect(Collectors.joining(", "))));
        }
        Instant now = clock.instant();
        List<SealedRecord.SignatureRecord> signatures = signatureRecords(ceremonyId, all);
        Ceremony sealed = ceremonies.update(ceremony.sealed(now));
        SealedRecord unsealed = new SealedRecord(
                SealedRecord.FORMAT,
                ceremonyId.toString(),
                sealed.name(),
                declaration(ceremonyId),
                sealed.textFingerprint(),
                signatures,
                now,
                "");
        SealedRecord record = unsealed.withFingerprint(chain.fingerprint(unsealed));
        seals.save(new Seal(ceremonyId, record.fingerprint(), chain.canonical(record), now, by, null, null));
        outbox.append(new DeclarationSealed(
                ceremonyId.toString(),
                sealed.name(),
                record.fingerprint(),
                now,
                "/verify/" + ceremonyId,
                "/api/ceremonies/" + ceremonyId + "/sealed.pdf"));
        return record;
    }

    /** The sealed record as stored at the seal, if the ceremony is sealed. */
    @Transactional(readOnly = true)
    public Optional<SealedRecord> sealedRecord(UUID ceremonyId) {
        return seals.findById(ceremonyId).map(seal -> {
            try {
                return chain.read(seal.record());
            } catch (IOException e) {
                throw new UncheckedIOException("The stored seal of " + ceremonyId + " cannot be read", e);
            }
        });
    }

    /** The sealed PDF and its SHA-256, once rendered. */
    public record SealedPdf(byte[] bytes, String sha256) {}

    @Transactional(readOnly = true)
    public Optional<SealedPdf> sealedPdf(UUID ceremonyId) {
        return seals.findById(ceremonyId)
                .filter(seal -> seal.pdf() != null)
                .map(seal -> new SealedPdf(seal.pdf(), seal.pdfSha256()));
    }

    /** Keeps the sealed PDF rendered from the record; the first one kept stays (the one whose hash is published). */
    @Transactional
    public SealedPdf keepPdf(UUID ceremonyId, byte[] pdf) {
        if (seals.keepPdf(ceremonyId, pdf, SealChain.sha256(pdf)) == 1) {
            return new SealedPdf(pdf, SealChain.sha256(pdf));
        }
        return sealedPdf(ceremonyId).orElseThrow(() -> new ConflictException(CeremonyProblem.NOT_SEALED));
    }

    /**
     * Recomputes a sealed ceremony's fingerprint from its tables as they are now (the declaration, the signatories,
     * the stored strokes) and says whether it is still the one sealed.
     */
    @Transactional(readOnly = true)
    public boolean stillAsSealed(UUID ceremonyId) {
        SealedRecord sealed =
                sealedRecord(ceremonyId).orElseThrow(() -> new ConflictException(CeremonyProblem.NOT_SEALED));
        List<SealedRecord.SignatureRecord> now =
                signatureRecords(ceremonyId, signatories.findByCeremonyIdOrderByPosition(ceremonyId));
        Ceremony ceremony = find(ceremonyId);
        SealedRecord recomputed = new SealedRecord(
                SealedRecord.FORMAT,
                sealed.ceremonyId(),
                ceremony.name(),
                declaration(ceremonyId),
                chain.textFingerprint(declaration(ceremonyId)),
                now,
                sealed.sealedAt(),
                "");
        return chain.fingerprint(recomputed).equals(sealed.fingerprint())
                && recomputed.textFingerprint().equals(ceremony.textFingerprint());
    }

    /**
     * The batches a confirmed signature holds: those after the signatory's last clear, up to the one confirmed. Refused
     * while any of them is still on its way from the stroke topic to the record.
     */
    private List<SealedRecord.SignedBatch> signed(Signatory signatory, List<StrokeBatch> theirs) {
        long upTo = signatory.confirmedSeq();
        List<StrokeBatch> stored =
                theirs.stream().filter(batch -> batch.seq() <= upTo).toList();
        if (stored.size() != upTo
                || (!stored.isEmpty() && stored.get(stored.size() - 1).seq() != upTo)) {
            throw new ConflictException(CeremonyProblem.SEAL_STROKES_PENDING, Map.of("name", signatory.name()));
        }
        List<SealedRecord.SignedBatch> signed = new ArrayList<>();
        for (StrokeBatch batch : stored) {
            if (batch.cleared()) {
                signed.clear();
            } else {
                signed.add(new SealedRecord.SignedBatch(batch.seq(), batch.acceptedAt(), points(batch.points())));
            }
        }
        return signed;
    }

    /** Every stored batch of a ceremony by signatory, each signatory's in order: one query for the whole seal. */
    private Map<UUID, List<StrokeBatch>> batchesBySignatory(UUID ceremonyId) {
        return batches.findByCeremonyIdOrderBySeq(ceremonyId).stream()
                .collect(Collectors.groupingBy(StrokeBatch::signatoryId));
    }

    /** Each signatory's place in a sealed record: their signature's batches if confirmed, none if absent. */
    private List<SealedRecord.SignatureRecord> signatureRecords(UUID ceremonyId, List<Signatory> all) {
        Map<UUID, List<StrokeBatch>> stored = batchesBySignatory(ceremonyId);
        List<SealedRecord.SignatureRecord> records = new ArrayList<>();
        for (Signatory signatory : all) {
            records.add(new SealedRecord.SignatureRecord(
                    signatory.position(),
                    signatory.signatoryId().toString(),
                    signatory.cityId(),
                    signatory.cityName(),
                    signatory.name(),
                    signatory.title(),
                    signatory.status().code(),
                    signatory.confirmedAt(),
                    signatory.status() == SignatoryStatus.CONFIRMED
                            ? signed(signatory, stored.getOrDefault(signatory.signatoryId(), List.of()))
                            : List.of()));
        }
        return records;
    }

    private Signatory called(Signatory signatory) {
        Signatory called = signatories.update(signatory.called(clock.instant()));
        outbox.append(new SignatoryCalled(
                called.ceremonyId().toString(), called.signatoryId().toString(), called.cityId(), called.cityName()));
        return called;
    }

    private Signatory fixed(UUID ceremonyId, UUID signatoryId) {
        return signatories
                .findByCeremonyIdAndSignatoryId(ceremonyId, signatoryId)
                .orElseThrow(() -> new NotFoundException(CeremonyProblem.SIGNATORY_NOT_FOUND));
    }

    /** The signing roll as signatories of this ceremony; a city without a signatory has a null signatoryId. */
    private List<Signatory> fromRoll(UUID ceremonyId) {
        List<Signatory> fixed = new ArrayList<>();
        int position = 0;
        for (SigningCity city : roll.signingOrder()) {
            position++;
            fixed.add(new Signatory(
                    UUID.randomUUID(),
                    ceremonyId,
                    city.signatoryId(),
                    position,
                    city.cityId(),
                    city.cityNameZhHant(),
                    city.cityNameEn(),
                    city.signatoryNameZhHant() == null ? "" : city.signatoryNameZhHant(),
                    city.signatoryNameEn() == null ? "" : city.signatoryNameEn(),
                    city.signatoryTitleZhHant(),
                    city.signatoryTitleEn(),
                    SignatoryStatus.WAITING,
                    false,
                    null,
                    null,
                    null,
                    null));
        }
        return fixed;
    }

    private void saveVersion(UUID ceremonyId, int version, Declaration declaration, String by, Instant now) {
        declarations.save(new DeclarationVersion(
                UUID.randomUUID(),
                ceremonyId,
                version,
                chain.canonical(declaration.zhHant()),
                chain.canonical(declaration.en()),
                declaration.signedOn(),
                by,
                now));
    }

    private Declaration read(DeclarationVersion version) {
        try {
            return new Declaration(
                    json.readValue(version.textZhHant(), DeclarationText.class),
                    json.readValue(version.textEn(), DeclarationText.class),
                    version.signedOn());
        } catch (IOException e) {
            throw new UncheckedIOException("Declaration version " + version.id() + " cannot be read", e);
        }
    }

    List<StrokePoint> points(String stored) {
        try {
            return List.of(json.readValue(stored, StrokePoint[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored points cannot be read", e);
        }
    }
}
