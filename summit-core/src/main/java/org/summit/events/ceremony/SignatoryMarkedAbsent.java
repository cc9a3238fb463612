package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * Staff recorded that a signatory cannot come: the declaration is sealed without their signature, and says so.
 * Produced by the ceremony context on {@code summit.ceremony.v1}, keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the absent signatory
 * @param cityId the city they were to sign for
 * @param cityName the city's name in both languages
 */
@Serdeable
public record SignatoryMarkedAbsent(String ceremonyId, String signatoryId, String cityId, LocalizedText cityName)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
