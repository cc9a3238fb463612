package org.summit.exchanges;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateAdded;
import org.summit.events.cities.DelegateRemoved;
import org.summit.events.cities.DelegateUpdated;
import org.summit.shared.LocalizedText;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * The exchanges context's own copy of the cities and their delegations, kept from the cities events alone, each
 * applied once: a withdrawn city stays, marked (its exchanges still name it), a removed delegate is dropped.
 */
@Singleton
public class ExchangesDirectory {

    static final String CONSUMER = "exchanges-directory";
    private static final Logger LOG = LoggerFactory.getLogger(ExchangesDirectory.class);

    private final ExchangesRepositories.CityRows cities;
    private final ExchangesRepositories.DelegateRows delegates;
    private final Clock clock;
    private final EventHandlers handlers;

    ExchangesDirectory(
            ExchangesRepositories.CityRows cities,
            ExchangesRepositories.DelegateRows delegates,
            Inbox inbox,
            Clock clock) {
        this.cities = cities;
        this.delegates = delegates;
        this.clock = clock;
        this.handlers = inbox.handlers(CONSUMER)
                .on(CityRegistered.class, (registered, envelope) -> keepCity(registered.cityId(), registered.name()))
                .on(CityUpdated.class, (updated, envelope) -> keepCity(updated.cityId(), updated.name()))
                .on(
                        CityWithdrawn.class,
                        (withdrawn, envelope) -> cities.findById(withdrawn.cityId())
                                .ifPresent(city -> cities.update(new ExchangeCity(
                                        city.cityId(), city.nameZhHant(), city.nameEn(), true, clock.instant()))))
                .on(
                        DelegateAdded.class,
                        (added, envelope) ->
                                keepDelegate(added.delegateId(), added.cityId(), added.name(), added.email()))
                .on(
                        DelegateUpdated.class,
                        (updated, envelope) ->
                                keepDelegate(updated.delegateId(), updated.cityId(), updated.name(), updated.email()))
                .on(
                        DelegateRemoved.class,
                        (removed, envelope) -> delegates.deleteById(UUID.fromString(removed.delegateId())))
                .build();
    }

    /** Applies one event of the cities topic, once; events that do not touch the directory are passed over. */
    void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Exchanges directory: applied {} for {}", event.type(), event.aggregateId());
        }
    }

    /** Every city known, withdrawn ones too, by English name. */
    @Transactional
    public List<ExchangeCity> cities() {
        return cities.findAllOrderByNameEn();
    }

    @Transactional
    public Optional<ExchangeCity> city(String cityId) {
        return cities.findById(cityId);
    }

    /** The members of a city's delegation, by English name. */
    @Transactional
    public List<ExchangeDelegate> delegatesOf(String cityId) {
        return delegates.findByCityIdOrderByNameEn(cityId);
    }

    @Transactional
    public List<ExchangeDelegate> delegates(Collection<String> ids) {
        List<UUID> uuids = ids.stream()
                .map(ExchangesDirectory::uuidOrNull)
                .filter(id -> id != null)
                .toList();
        return uuids.isEmpty() ? List.of() : delegates.findByIdIn(uuids);
    }

    /** The delegate an account's e-mail address belongs to, if any. */
    @Transactional
    public Optional<ExchangeDelegate> delegateByEmail(String email) {
        return delegates.findByEmail(email.toLowerCase(Locale.ROOT));
    }

    private void keepCity(String cityId, LocalizedText name) {
        boolean withdrawn = cities.findById(cityId).map(ExchangeCity::withdrawn).orElse(false);
        ExchangeCity city = new ExchangeCity(cityId, name.zhHant(), name.en(), withdrawn, clock.instant());
        if (cities.existsById(cityId)) {
            cities.update(city);
        } else {
            cities.save(city);
        }
    }

    private void keepDelegate(String id, String cityId, LocalizedText name, String email) {
        ExchangeDelegate delegate = new ExchangeDelegate(
                UUID.fromString(id), cityId, name.zhHant(), name.en(), email.toLowerCase(Locale.ROOT), clock.instant());
        if (delegates.existsById(delegate.id())) {
            delegates.update(delegate);
        } else {
            delegates.save(delegate);
        }
    }

    static UUID uuidOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
