package org.summit.ceremony;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.DomainEvent;
import org.summit.events.EventCatalog;
import org.summit.events.EventCodec;
import org.summit.events.EventEnvelope;
import org.summit.events.ceremony.SignatureCleared;
import org.summit.events.ceremony.StrokePoint;
import org.summit.events.ceremony.StrokesDrawn;

/**
 * Where a tablet's strokes enter the ceremony. Each batch is checked (the ceremony open, the signatory called and not
 * yet confirmed, the next number in the signatory's sequence, sane points) and only then produced to the stroke topic;
 * the tablet hears it is accepted once the broker has it. A batch numbered at or below the last one produced is a
 * resend: it is acknowledged again and not produced twice. A batch beyond the next number is refused as ahead, so the
 * tablet resends from the number the gate expects. The numbers per signatory are kept here and, after a restart,
 * taken from the stored batches.
 */
@Singleton
public class StrokeGate {

    /** The most points one batch may hold: a 30 Hz batch holds a few; a tablet catching up sends many batches. */
    public static final int MAX_POINTS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(StrokeGate.class);
    private static final int MAX_STROKES = 10_000;
    private static final long PERMIT_VALIDITY_NANOS = 1_000_000_000L;

    private final CeremonyService ceremonies;
    private final CeremonyRepositories.StrokeBatches batches;
    private final StrokeStream stream;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration sendTimeout;
    private final Map<String, Signer> signers = new ConcurrentHashMap<>();
    private final Map<String, Permit> permits = new ConcurrentHashMap<>();

    StrokeGate(
            CeremonyService ceremonies,
            CeremonyRepositories.StrokeBatches batches,
            StrokeStream stream,
            EventCodec codec,
            Clock clock,
            @Value("${summit.ceremony.strokes.send-timeout:5s}") Duration sendTimeout) {
        this.ceremonies = ceremonies;
        this.batches = batches;
        this.stream = stream;
        this.codec = codec;
        this.clock = clock;
        this.sendTimeout = sendTimeout;
    }

    /** What became of a batch or a clear. */
    public sealed interface Verdict {
        long seq();
    }

    /** Produced to the stroke topic now. */
    public record Accepted(long seq) implements Verdict {}

    /** Accepted before (a resend after a lost acknowledgement): acknowledged again, not produced again. */
    public record Repeated(long seq) implements Verdict {}

    /** Numbered beyond the next one: the tablet resends from {@code expected}. */
    public record Ahead(long seq, long expected) implements Verdict {}

    /**
     * Refused for good (the reason says why: {@code ceremony-not-open}, {@code not-called}, {@code confirmed},
     * {@code absent}, {@code unknown-signatory}, {@code points-invalid}, {@code points-too-many}, {@code seq-invalid})
     * or for now ({@code unavailable}: the broker did not take it; send it again).
     */
    public record Refused(long seq, String reason) implements Verdict {}

    /**
     * Checks a batch of points and produces it to the stroke topic; the verdict completes when the broker has it (or
     * at once for a refusal). Batches are produced one after another without waiting for each acknowledgement: a
     * tablet sends 30 a second, more than one round trip to the broker takes when the machine is busy.
     */
    public CompletableFuture<Verdict> draw(UUID ceremonyId, UUID signatoryId, long seq, List<StrokePoint> points) {
        Optional<String> wrong = pointsProblem(points);
        if (wrong.isPresent()) {
            return CompletableFuture.completedFuture(new Refused(seq, wrong.get()));
        }
        return pass(
                ceremonyId,
                signatoryId,
                seq,
                now -> new StrokesDrawn(ceremonyId.toString(), signatoryId.toString(), seq, List.copyOf(points), now));
    }

    /** Checks a clear and produces it to the stroke topic, between the same strokes as on the tablet. */
    public CompletableFuture<Verdict> clear(UUID ceremonyId, UUID signatoryId, long seq) {
        return pass(
                ceremonyId,
                signatoryId,
                seq,
                now -> new SignatureCleared(ceremonyId.toString(), signatoryId.toString(), seq, now));
    }

    /** The last number the broker acknowledged from a signatory (0 before their first batch). */
    public long lastAccepted(UUID ceremonyId, UUID signatoryId) {
        Signer signer = signer(ceremonyId, signatoryId);
        synchronized (signer) {
            return signer.acknowledged;
        }
    }

    /**
     * Forgets what the gate knows of a ceremony's state, so that the next batch reads it again: called for every
     * event of the ceremony (a confirmation, an absence, the seal) and by the step that raised it.
     */
    public void changed(UUID ceremonyId) {
        permits.keySet().removeIf(key -> key.startsWith(ceremonyId + "/"));
    }

    private CompletableFuture<Verdict> pass(
            UUID ceremonyId, UUID signatoryId, long seq, Function<Instant, DomainEvent> event) {
        if (seq < 1) {
            return CompletableFuture.completedFuture(new Refused(seq, "seq-invalid"));
        }
        Optional<String> closed = closedFor(ceremonyId, signatoryId);
        if (closed.isPresent()) {
            return CompletableFuture.completedFuture(new Refused(seq, closed.get()));
        }
        Signer signer = signer(ceremonyId, signatoryId);
        synchronized (signer) {
            if (seq <= signer.sent) {
                // A resend: acknowledged again once the batch it repeats is (it may still be on its way).
                CompletableFuture<Verdict> inFlight = signer.inFlight.get(seq);
                return inFlight == null
                        ? CompletableFuture.completedFuture(new Repeated(seq))
                        : inFlight.thenApply(verdict -> verdict instanceof Accepted ? new Repeated(seq) : verdict);
            }
            if (seq > signer.sent + 1) {
                // After a restart the stored batches may lag the topic for a moment: look again before refusing.
                long stored = batches.lastSeq(ceremonyId, signatoryId);
                if (stored > signer.sent && signer.inFlight.isEmpty()) {
                    signer.sent = stored;
                    signer.acknowledged = stored;
                }
                if (seq <= signer.sent) {
                    return CompletableFuture.completedFuture(new Repeated(seq));
                }
                if (seq > signer.sent + 1) {
                    return CompletableFuture.completedFuture(new Ahead(seq, signer.sent + 1));
                }
            }
            Instant now = clock.instant();
            DomainEvent drawn = event.apply(now);
            EventEnvelope envelope = codec.wrap(drawn, now, quickId());
            CompletableFuture<Verdict> verdict;
            try {
                verdict = stream.send(
                                EventCatalog.of(drawn.getClass()).topic(),
                                ceremonyId.toString(),
                                codec.encode(envelope),
                                envelope.type(),
                                envelope.eventId().toString())
                        .orTimeout(sendTimeout.toMillis(), TimeUnit.MILLISECONDS)
                        .handle((metadata, failure) -> settled(signer, seq, failure));
            } catch (RuntimeException failure) {
                verdict = CompletableFuture.completedFuture(settled(signer, seq, failure));
            }
            signer.sent = seq;
            if (!verdict.isDone()) {
                signer.inFlight.put(seq, verdict);
            }
            return verdict;
        }
    }

    /** What became of a batch the broker acknowledged or did not; a failure rewinds the sequence to resend it. */
    private Verdict settled(Signer signer, long seq, Throwable failure) {
        synchronized (signer) {
            signer.inFlight.remove(seq);
            if (failure == null) {
                signer.acknowledged = Math.max(signer.acknowledged, seq);
                return new Accepted(seq);
            }
            LOG.warn("Strokes {} not sent: {}", seq, failure.toString());
            // This batch and any sent after it are taken again when the tablet resends them; one that reached the
            // topic after all is stored and shown once, by signatory and number.
            signer.sent = Math.min(signer.sent, seq - 1);
            return new Refused(seq, "unavailable");
        }
    }

    /**
     * Whether the signatory may draw now, from what the gate read of the ceremony at most a second ago: reading the
     * ceremony and the signatory for each of 600 batches a second would make the database the stroke path's
     * bottleneck. Every ceremony event makes it read again ({@link #changed}).
     */
    private Optional<String> closedFor(UUID ceremonyId, UUID signatoryId) {
        String key = key(ceremonyId, signatoryId);
        long now = System.nanoTime();
        Permit permit = permits.get(key);
        if (permit == null || now - permit.readAt() > PERMIT_VALIDITY_NANOS) {
            permit = new Permit(readClosedFor(ceremonyId, signatoryId), now);
            permits.put(key, permit);
        }
        return Optional.ofNullable(permit.closedReason());
    }

    private String readClosedFor(UUID ceremonyId, UUID signatoryId) {
        Optional<Ceremony> ceremony = ceremonies.findIfAny(ceremonyId);
        if (ceremony.isEmpty() || ceremony.get().state() != CeremonyState.OPEN) {
            return "ceremony-not-open";
        }
        Optional<Signatory> signatory = ceremonies.signatory(ceremonyId, signatoryId);
        if (signatory.isEmpty()) {
            return "unknown-signatory";
        }
        return switch (signatory.get().status()) {
            case CALLED -> null;
            case WAITING -> "not-called";
            case CONFIRMED -> "confirmed";
            case ABSENT -> "absent";
        };
    }

    private Signer signer(UUID ceremonyId, UUID signatoryId) {
        return signers.computeIfAbsent(key(ceremonyId, signatoryId), key -> {
            long stored = batches.lastSeq(ceremonyId, signatoryId);
            return new Signer(stored);
        });
    }

    /** An event id for a batch: random like any other, from a generator that does not serialise 600 ids a second. */
    private static UUID quickId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** One signatory's sequence here: the last number produced and the last the broker acknowledged. */
    private static final class Signer {
        private long sent;
        private long acknowledged;
        private final Map<Long, CompletableFuture<Verdict>> inFlight = new HashMap<>();

        private Signer(long stored) {
            this.sent = stored;
            this.acknowledged = stored;
        }
    }

    /** Why the signatory may not draw (null: they may), and when that was read. */
    private record Permit(String closedReason, long readAt) {}

    static Optional<String> pointsProblem(List<StrokePoint> points) {
        if (points == null || points.isEmpty()) {
            return Optional.of("points-invalid");
        }
        if (points.size() > MAX_POINTS) {
            return Optional.of("points-too-many");
        }
        for (StrokePoint point : points) {
            if (point == null
                    || !within(point.x())
                    || !within(point.y())
                    || !within(point.p())
                    || point.s() < 0
                    || point.s() > MAX_STROKES
                    || point.t() <= 0) {
                return Optional.of("points-invalid");
            }
        }
        return Optional.empty();
    }

    private static boolean within(double unit) {
        return Double.isFinite(unit) && unit >= 0 && unit <= 1;
    }

    private static String key(UUID ceremonyId, UUID signatoryId) {
        return ceremonyId + "/" + signatoryId;
    }
}
