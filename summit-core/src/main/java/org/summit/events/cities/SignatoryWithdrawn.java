package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A city's signatory no longer signs for it: the designation was withdrawn or the delegate left the delegation. The
 * city has no signatory until a new {@link SignatoryDesignated}. Produced by the cities context on
 * {@code summit.cities.v1}, keyed by the city id.
 *
 * @param cityId the city
 * @param delegateId the delegate who no longer signs
 */
@Serdeable
public record SignatoryWithdrawn(String cityId, String delegateId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
