package org.summit.events.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser changed a city's details or its head of delegation. Produced by the cities context on
 * {@code summit.cities.v1}, keyed by the city id. Carries the city's whole state after the change.
 *
 * @param cityId the city's code
 * @param version the city's version after the change
 * @param name its name in both languages
 * @param kind {@code CITY} or {@code COUNTRY}
 * @param role {@code HOST}, {@code GUEST} or {@code OBSERVER}
 * @param country its ISO 3166-1 alpha-2 country code
 * @param timeZone its IANA time zone
 * @param description a short description in both languages, or null
 * @param headOfDelegationId the delegate who heads its delegation, or null
 */
@Serdeable
public record CityUpdated(
        String cityId,
        long version,
        LocalizedText name,
        String kind,
        String role,
        String country,
        String timeZone,
        @Nullable LocalizedText description,
        @Nullable String headOfDelegationId)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
