package org.summit.events.cities;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A member joined a city's delegation. Produced by the cities context on {@code summit.cities.v1}, keyed by the
 * city id, so it follows its city's registration. The delegate's phone number stays in the cities context.
 *
 * @param cityId the delegation's city
 * @param delegateId the delegate's id
 * @param name the delegate's name in both languages
 * @param title the delegate's title in both languages, for example 市長 / Mayor
 * @param languages the languages the delegate speaks, as BCP 47 tags
 * @param needsInterpretation whether the delegate needs interpretation
 * @param arrivesOn the day the delegate arrives, or null if not known yet
 * @param departsOn the day the delegate leaves, or null if not known yet
 * @param email where the delegate is reached
 * @param preferredLanguage the language the delegate is written to in: {@code zh-Hant} or {@code en}
 */
@Serdeable
public record DelegateAdded(
        String cityId,
        String delegateId,
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
