package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A city's delegation has no head any more: an organiser cleared the headship, or the head left the delegation.
 * Produced by the cities context on {@code summit.cities.v1}, keyed by the city id.
 *
 * @param cityId the city's code
 * @param delegateId the delegate who headed it until now
 */
@Serdeable
public record HeadOfDelegationVacated(String cityId, String delegateId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
