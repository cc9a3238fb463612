package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A member left a city's delegation. Produced by the cities context on {@code summit.cities.v1}, keyed by the city
 * id. If the delegate was the city's signatory, a {@link SignatoryWithdrawn} precedes this event.
 *
 * @param cityId the delegation's city
 * @param delegateId the delegate's id
 */
@Serdeable
public record DelegateRemoved(String cityId, String delegateId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
