package org.summit.events.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A delegate's profile changed, by an organiser or by the delegate. Produced by the cities context on
 * {@code summit.cities.v1}, keyed by the city id. Carries the whole profile after the change.
 *
 * @param cityId the delegation's city
 * @param delegateId the delegate's id
 * @param version the profile's version after the change
 * @param name the delegate's name in both languages
 * @param title the delegate's title in both languages
 * @param languages the languages the delegate speaks, as BCP 47 tags
 * @param needsInterpretation whether the delegate needs interpretation
 * @param arrivesOn the day the delegate arrives, or null
 * @param departsOn the day the delegate leaves, or null
 * @param email where the delegate is reached
 * @param preferredLanguage {@code zh-Hant} or {@code en}
 */
@Serdeable
public record DelegateUpdated(
        String cityId,
        String delegateId,
        long version,
        LocalizedText name,
        LocalizedText title,
        List<String> languages,
        boolean needsInterpretation,
        @Nullable LocalDate arrivesOn,
        @Nullable LocalDate departsOn,
        String email,
        String preferredLanguage)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return cityId;
    }
}
