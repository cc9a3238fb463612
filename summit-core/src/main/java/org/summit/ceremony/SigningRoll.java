package org.summit.ceremony;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.events.EventEnvelope;
import org.summit.events.cities.CityRegistered;
import org.summit.events.cities.CityUpdated;
import org.summit.events.cities.CityWithdrawn;
import org.summit.events.cities.DelegateUpdated;
import org.summit.events.cities.ProtocolOrderChanged;
import org.summit.events.cities.SignatoryDesignated;
import org.summit.events.cities.SignatoryWithdrawn;
import org.summit.shared.inbox.EventHandlers;
import org.summit.shared.inbox.Inbox;

/**
 * The signing roll of the declaration: every city that signs, in protocol order, with its designated signatory or
 * none yet. The ceremony keeps it from the cities events alone, each applied once: a withdrawn signatory leaves the
 * roll until a new one is designated, and a withdrawn city leaves it altogether.
 */
@Singleton
public class SigningRoll {

    static final String CONSUMER = "ceremony-signing-roll";
    private static final Logger LOG = LoggerFactory.getLogger(SigningRoll.class);

    private final SigningCityRepository cities;
    private final ProtocolPositionRepository positions;
    private final Clock clock;
    private final EventHandlers handlers;

    SigningRoll(SigningCityRepository cities, ProtocolPositionRepository positions, Inbox inbox, Clock clock) {
        this.cities = cities;
        this.positions = positions;
        this.clock = clock;
        this.handlers = inbox.handlers(CONSUMER)
                .on(CityRegistered.class, (registered, envelope) -> registered(registered))
                .on(
                        CityUpdated.class,
                        (updated, envelope) -> cities.findById(updated.cityId())
                                .ifPresent(city ->
                                        cities.update(city.named(updated.name(), signs(updated.role()), now()))))
                .on(CityWithdrawn.class, (withdrawn, envelope) -> cities.deleteById(withdrawn.cityId()))
                .on(
                        SignatoryDesignated.class,
                        (designated, envelope) -> cities.findById(designated.cityId())
                                .ifPresent(city -> cities.update(city.signedBy(
                                        UUID.fromString(designated.delegateId()),
                                        designated.name(),
                                        designated.title(),
                                        now()))))
                .on(
                        SignatoryWithdrawn.class,
                        (withdrawn, envelope) -> cities.findById(withdrawn.cityId())
                                .filter(city -> withdrawn.delegateId().equals(String.valueOf(city.signatoryId())))
                                .ifPresent(city -> cities.update(city.signedBy(null, null, null, now()))))
                .on(
                        DelegateUpdated.class,
                        (updated, envelope) -> cities.findById(updated.cityId())
                                .filter(city -> updated.delegateId().equals(String.valueOf(city.signatoryId())))
                                .ifPresent(city -> cities.update(
                                        city.signedBy(city.signatoryId(), updated.name(), updated.title(), now()))))
                .on(ProtocolOrderChanged.class, (order, envelope) -> reordered(order))
                .build();
    }

    /** The cities that sign, first to last, each with its signatory or none yet. */
    @Transactional(readOnly = true)
    public List<SigningCity> signingOrder() {
        return cities.findBySignsTrueOrderByProtocolPositionAsc();
    }

    /** Applies one event of the cities topic, once; events that do not touch the roll are passed over. */
    void apply(EventEnvelope event) {
        if (handlers.apply(event)) {
            LOG.info("Signing roll: applied {} for {}", event.type(), event.aggregateId());
        }
    }

    private void registered(CityRegistered registered) {
        cities.save(new SigningCity(
                registered.cityId(),
                registered.name().zhHant(),
                registered.name().en(),
                positions
                        .findById(registered.cityId())
                        .map(ProtocolPosition::position)
                        .orElse(registered.protocolPosition()),
                signs(registered.role()),
                null,
                null,
                null,
                null,
                null,
                now()));
    }

    private void reordered(ProtocolOrderChanged order) {
        positions.deleteAll();
        for (int i = 0; i < order.cityIds().size(); i++) {
            int position = i + 1;
            positions.save(new ProtocolPosition(order.cityIds().get(i), position));
            cities.findById(order.cityIds().get(i))
                    .filter(city -> city.protocolPosition() != position)
                    .ifPresent(city -> cities.update(city.at(position, now())));
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static boolean signs(String role) {
        return !"OBSERVER".equals(role);
    }
}
