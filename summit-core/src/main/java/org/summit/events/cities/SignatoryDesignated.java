package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser designated the one delegate who signs the declaration for a city. Produced by the cities context on
 * {@code summit.cities.v1}, keyed by the city id. A city has at most one signatory at a time.
 *
 * @param cityId the signing city
 * @param delegateId the signatory's delegate id
 * @param name the signatory's name in both languages
 * @param title the signatory's title in both languages
 */
@Serdeable
public record SignatoryDesignated(String cityId, String delegateId, LocalizedText name, LocalizedText title)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
