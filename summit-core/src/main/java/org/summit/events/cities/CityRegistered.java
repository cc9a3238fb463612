package org.summit.events.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * An organiser registered an attendee city (or a country's delegation) for the summit. Produced by the cities
 * context on {@code summit.cities.v1}, keyed by the city id.
 *
 * @param cityId the city's code, for example {@code taipei}; stable, used as the key everywhere
 * @param name its name as it writes it, in both languages
 * @param kind {@code CITY}, or {@code COUNTRY} for a country's delegation with no city named
 * @param role {@code HOST}, {@code GUEST} (a guest city) or {@code OBSERVER} (an observer delegation)
 * @param country its ISO 3166-1 alpha-2 country code, for example {@code TW}
 * @param timeZone its IANA time zone
 * @param description a short description in both languages, or null
 * @param protocolPosition its place in the protocol order, from 1
 */
@Serdeable
public record CityRegistered(
        String cityId,
        LocalizedText name,
        String kind,
        String role,
        String country,
        String timeZone,
        @Nullable LocalizedText description,
        int protocolPosition)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
