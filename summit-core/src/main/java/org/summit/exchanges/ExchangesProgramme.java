package org.summit.exchanges;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.agenda.SessionCancelled;
import org.summit.events.agenda.SessionChanged;
import org.summit.events.agenda.SessionMoved;
import org.summit.events.agenda.SessionScheduled;
import org.summit.events.agenda.SummitCreated;
import org.summit.events.agenda.SummitRevised;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * The exchanges context's own copy of the programme, kept from the agenda events alone, each applied once and
 * following the draft's current state: the summits (and their time zones), the exchange blocks, and who speaks or
 * moderates when. A session event older than the version kept is passed over. When a block is moved, shortened or
 * cancelled, the exchanges placed in it that no longer fit lose their place ({@link BlockChanges}), in the same
 * transaction.
 */
@Singleton
public class ExchangesProgramme {

    static final String CONSUMER = "exchanges-programme";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangesProgramme.class);

    private final ExchangesRepositories.SummitRows summits;
    private final ExchangesRepositories.SessionRows sessions;
    private final Clock clock;
    private final EventHandlers handlers;
    private final Provider<BlockChanges> blockChanges;

    ExchangesProgramme(
            ExchangesRepositories.SummitRows summits,
            ExchangesRepositories.SessionRows sessions,
            Inbox inbox,
            Clock clock,
            Provider<BlockChanges> blockChanges) {
        this.summits = summits;
        this.blockChanges = blockChanges;
        this.sessions = sessions;
        this.clock = clock;
        this.handlers = inbox.handlers(CONSUMER)
                .on(
                        SummitCreated.class,
                        (created, envelope) -> keepSummit(created.summitId(), created.name(), created.timeZone()))
                .on(
                        SummitRevised.class,
                        (revised, envelope) -> keepSummit(revised.summitId(), revised.name(), revised.timeZone()))
                .on(
                        SessionScheduled.class,
                        (scheduled, envelope) -> keepSession(new ProgrammeSession(
                                UUID.fromString(scheduled.sessionId()),
                                UUID.fromString(scheduled.summitId()),
                                scheduled.type(),
                                scheduled.title() == null
                                        ? null
                                        : scheduled.title().zhHant(),
                                scheduled.title() == null
                                        ? null
                                        : scheduled.title().en(),
                                UUID.fromString(scheduled.roomId()),
                                scheduled.startsAt(),
                                scheduled.endsAt(),
                                people(scheduled.speakerIds(), scheduled.moderatorId()),
                                0,
                                now())))
                .on(
                        SessionChanged.class,
                        (changed, envelope) -> keepSession(new ProgrammeSession(
                                UUID.fromString(changed.sessionId()),
                                UUID.fromString(changed.summitId()),
                                changed.type(),
                                changed.title() == null ? null : changed.title().zhHant(),
                                changed.title() == null ? null : changed.title().en(),
                                UUID.fromString(changed.roomId()),
                                changed.startsAt(),
                                changed.endsAt(),
                                people(changed.speakerIds(), changed.moderatorId()),
                                changed.version(),
                                now())))
                .on(
                        SessionMoved.class,
                        (moved, envelope) -> sessions.findById(UUID.fromString(moved.sessionId()))
                                .filter(session -> session.version() < moved.version())
                                .ifPresent(session -> keepSession(session.moved(
                                        UUID.fromString(moved.roomId()),
                                        moved.startsAt(),
                                        moved.endsAt(),
                                        moved.version(),
                                        now()))))
                .on(SessionCancelled.class, (cancelled, envelope) -> cancelSession(cancelled))
                .build();
    }

    /** Applies one event of the agenda topic, once; events that do not touch the programme are passed over. */
    void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Exchanges programme: applied {} for {}", event.type(), event.aggregateId());
        }
    }

    @Transactional
    public List<ExchangeSummit> summits() {
        List<ExchangeSummit> all = new ArrayList<>();
        summits.findAll().forEach(all::add);
        return all;
    }

    @Transactional
    public Optional<ExchangeSummit> summit(UUID summitId) {
        return summits.findById(summitId);
    }

    /**
     * Holds the summit's placements still until the caller's transaction ends, so that two placements checked at
     * once cannot both take the same table or person (a check-then-write race otherwise).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lockPlacements(UUID summitId) {
        summits.findByIdForUpdate(summitId);
    }

    /** The exchange blocks of a summit, by start. */
    @Transactional
    public List<ProgrammeSession> blocks(UUID summitId) {
        return sessions.findBySummitIdAndTypeOrderByStartsAt(summitId, ProgrammeSession.EXCHANGE_BLOCK);
    }

    /** The exchange blocks of every summit, by start. */
    @Transactional
    public List<ProgrammeSession> allBlocks() {
        return sessions.findByTypeOrderByStartsAt(ProgrammeSession.EXCHANGE_BLOCK);
    }

    @Transactional
    public Optional<ProgrammeSession> block(UUID blockId) {
        return sessions.findById(blockId).filter(session -> ProgrammeSession.EXCHANGE_BLOCK.equals(session.type()));
    }

    /** The sessions other than exchange blocks that someone speaks in or moderates: busy times. */
    @Transactional
    public List<ProgrammeSession> busySessions(UUID summitId) {
        return sessions.findBySummitIdAndTypeNotEqual(summitId, ProgrammeSession.EXCHANGE_BLOCK).stream()
                .filter(session -> !session.people().isEmpty())
                .toList();
    }

    private void keepSummit(String id, LocalizedText name, String timeZone) {
        ExchangeSummit summit = new ExchangeSummit(UUID.fromString(id), name.zhHant(), name.en(), timeZone, now());
        if (summits.existsById(summit.id())) {
            summits.update(summit);
        } else {
            summits.save(summit);
        }
    }

    private void keepSession(ProgrammeSession session) {
        Optional<ProgrammeSession> kept = sessions.findById(session.id());
        if (kept.isPresent()) {
            if (kept.get().version() > session.version()) {
                return;
            }
            sessions.update(session);
            boolean wasBlock = ProgrammeSession.EXCHANGE_BLOCK.equals(kept.get().type());
            if (wasBlock) {
                blockChanges.get().blockChanged(session.id());
            }
        } else {
            sessions.save(session);
        }
    }

    private void cancelSession(SessionCancelled cancelled) {
        UUID id = UUID.fromString(cancelled.sessionId());
        sessions.findById(id).ifPresent(session -> {
            sessions.deleteById(id);
            if (ProgrammeSession.EXCHANGE_BLOCK.equals(session.type())) {
                blockChanges.get().blockChanged(id);
            }
        });
    }

    private Instant now() {
        return clock.instant();
    }

    private static String people(List<String> speakerIds, String moderatorId) {
        List<String> all = new ArrayList<>(speakerIds == null ? List.of() : speakerIds);
        if (moderatorId != null && !all.contains(moderatorId)) {
            all.add(moderatorId);
        }
        return String.join(",", all);
    }
}
