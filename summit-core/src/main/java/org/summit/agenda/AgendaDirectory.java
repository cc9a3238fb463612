package org.summit.agenda;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.agenda.AgendaRepositories.DelegateRepository;
import org.summit.events.EventEnvelope;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.DelegateUpdated;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * The agenda's own copy of the delegates who can speak or moderate, kept from the cities events alone, each applied
 * once: a delegate added or updated is (re)written, a removed one is dropped (a session naming them then shows a
 * conflict), and a withdrawn city's delegates stay, marked, so that their sessions say why they cannot be published.
 */
@Singleton
public class AgendaDirectory {

    static final String CONSUMER = "agenda-delegates";
    private static final Logger LOG = LoggerFactory.getLogger(AgendaDirectory.class);

    private final DelegateRepository delegates;
    private final Clock clock;
    private final EventHandlers handlers;

    AgendaDirectory(DelegateRepository delegates, Inbox inbox, Clock clock) {
        this.delegates = delegates;
        this.clock = clock;
        this.handlers = inbox.handlers(CONSUMER)
                .on(
                        DelegateAdded.class,
                        (added, envelope) -> keep(
                                added.delegateId(),
                                added.cityId(),
                                added.name(),
                                added.email(),
                                added.languages(),
                                added.needsInterpretation()))
                .on(
                        DelegateUpdated.class,
                        (updated, envelope) -> keep(
                                updated.delegateId(),
                                updated.cityId(),
                                updated.name(),
                                updated.email(),
                                updated.languages(),
                                updated.needsInterpretation()))
                .on(
                        DelegateRemoved.class,
                        (removed, envelope) -> delegates.deleteById(UUID.fromString(removed.delegateId())))
                .on(
                        CityWithdrawn.class,
                        (withdrawn, envelope) -> delegates
                                .findByCityId(withdrawn.cityId())
                                .forEach(delegate -> delegates.update(delegate.withdrawn(clock.instant()))))
                .build();
    }

    /** Applies one event of the cities topic, once; events that do not touch the directory are passed over. */
    void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Agenda directory: applied {} for {}", event.type(), event.aggregateId());
        }
    }

    @Transactional(readOnly = true)
    public List<AgendaDelegate> all() {
        return List.copyOf(delegates.findAll());
    }

    @Transactional(readOnly = true)
    public Optional<AgendaDelegate> byEmail(String email) {
        return delegates.findByEmail(email.toLowerCase(Locale.ROOT));
    }

    private void keep(
            String id,
            String cityId,
            LocalizedText name,
            String email,
            List<String> languages,
            boolean needsInterpretation) {
        AgendaDelegate delegate = new AgendaDelegate(
                UUID.fromString(id),
                cityId,
                name.zhHant(),
                name.en(),
                email.toLowerCase(Locale.ROOT),
                String.join(",", languages),
                needsInterpretation,
                false,
                clock.instant());
        if (delegates.existsById(delegate.id())) {
            delegates.update(delegate);
        } else {
            delegates.save(delegate);
        }
    }
}
