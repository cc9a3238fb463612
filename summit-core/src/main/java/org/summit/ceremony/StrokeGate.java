package org.summit.ceremony;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * the tablet hears it is accepted once the broker has it. A batch numbered at or below the last accepted one is a
 * resend: it is acknowledged again and not produced twice. A batch beyond the next number is refused as ahead, so the
 * tablet resends from the number the gate expects. The last accepted number per signatory is kept here and, after a
 * restart, taken from the stored batches.
 */
@Singleton
public class StrokeGate {

    /** The most points one batch may hold: a 30 Hz batch holds a few; a tablet catching up sends many batches. */
    public static final int MAX_POINTS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(StrokeGate.class);
    private static final int MAX_STROKES = 10_000;

    private final CeremonyService ceremonies;
    private final CeremonyRepositories.StrokeBatches batches;
    private final StrokeStream stream;
    private final EventCodec codec;
    private final Clock clock;
    private final Duration sendTimeout;
    private final Map<String, Long> accepted = new ConcurrentHashMap<>();

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

    /** Checks a batch of points and produces it to the stroke topic. */
    public Verdict draw(UUID ceremonyId, UUID signatoryId, long seq, List<StrokePoint> points) {
        Optional<String> wrong = pointsProblem(points);
        if (wrong.isPresent()) {
            return new Refused(seq, wrong.get());
        }
        return pass(
                ceremonyId,
                signatoryId,
                seq,
                now -> new StrokesDrawn(ceremonyId.toString(), signatoryId.toString(), seq, List.copyOf(points), now));
    }

    /** Checks a clear and produces it to the stroke topic, between the same strokes as on the tablet. */
    public Verdict clear(UUID ceremonyId, UUID signatoryId, long seq) {
        return pass(
                ceremonyId,
                signatoryId,
                seq,
                now -> new SignatureCleared(ceremonyId.toString(), signatoryId.toString(), seq, now));
    }

    /** The last number accepted from a signatory (0 before their first batch). */
    public long lastAccepted(UUID ceremonyId, UUID signatoryId) {
        return accepted.computeIfAbsent(key(ceremonyId, signatoryId), k -> batches.lastSeq(ceremonyId, signatoryId));
    }

    private Verdict pass(
            UUID ceremonyId,
            UUID signatoryId,
            long seq,
            java.util.function.Function<java.time.Instant, DomainEvent> event) {
        if (seq < 1) {
            return new Refused(seq, "seq-invalid");
        }
        Optional<String> closed = closedFor(ceremonyId, signatoryId);
        if (closed.isPresent()) {
            return new Refused(seq, closed.get());
        }
        String key = key(ceremonyId, signatoryId);
        synchronized (lock(key)) {
            long last = lastAccepted(ceremonyId, signatoryId);
            if (seq <= last) {
                return new Repeated(seq);
            }
            if (seq > last + 1) {
                // After a restart the stored batches may lag the topic for a moment: look again before refusing.
                last = Math.max(last, batches.lastSeq(ceremonyId, signatoryId));
                accepted.put(key, last);
                if (seq <= last) {
                    return new Repeated(seq);
                }
                if (seq > last + 1) {
                    return new Ahead(seq, last + 1);
                }
            }
            DomainEvent drawn = event.apply(clock.instant());
            EventEnvelope envelope = codec.wrap(drawn, clock.instant());
            try {
                stream.send(
                                EventCatalog.of(drawn.getClass()).topic(),
                                ceremonyId.toString(),
                                codec.encode(envelope),
                                envelope.type(),
                                envelope.eventId().toString())
                        .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("Strokes {} of {} not sent: {}", seq, signatoryId, e.toString());
                return new Refused(seq, "unavailable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Refused(seq, "unavailable");
            }
            accepted.put(key, seq);
            return new Accepted(seq);
        }
    }

    private Optional<String> closedFor(UUID ceremonyId, UUID signatoryId) {
        Optional<Ceremony> ceremony = ceremonies.findIfAny(ceremonyId);
        if (ceremony.isEmpty() || ceremony.get().state() != CeremonyState.OPEN) {
            return Optional.of("ceremony-not-open");
        }
        Optional<Signatory> signatory = ceremonies.signatory(ceremonyId, signatoryId);
        if (signatory.isEmpty()) {
            return Optional.of("unknown-signatory");
        }
        return switch (signatory.get().status()) {
            case CALLED -> Optional.empty();
            case WAITING -> Optional.of("not-called");
            case CONFIRMED -> Optional.of("confirmed");
            case ABSENT -> Optional.of("absent");
        };
    }

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

    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private Object lock(String key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }

    private static String key(UUID ceremonyId, UUID signatoryId) {
        return ceremonyId + "/" + signatoryId;
    }
}
