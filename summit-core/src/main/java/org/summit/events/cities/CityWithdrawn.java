package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A city withdrew from the summit: its delegation no longer attends, speaks or signs. Produced by the cities context
 * on {@code summit.cities.v1}, keyed by the city id. No further event follows for its delegates: consumers drop
 * the whole delegation.
 *
 * @param cityId the city's code
 */
@Serdeable
public record CityWithdrawn(String cityId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
