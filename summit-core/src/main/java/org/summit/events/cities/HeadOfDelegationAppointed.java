package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser made a member of a city's delegation its head (who leads it at sessions and exchanges). Produced by
 * the cities context on {@code summit.cities.v1}, keyed by the city id. A city has at most one head; appointing
 * another replaces the first.
 *
 * @param cityId the city's code
 * @param delegateId the head's delegate id
 * @param name the head's name in both languages
 * @param title the head's title in both languages
 */
@Serdeable
public record HeadOfDelegationAppointed(String cityId, String delegateId, LocalizedText name, LocalizedText title)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
