package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * Staff called a signatory to sign: their tablet takes strokes from now on. Produced by the ceremony context on
 * {@code summit.ceremony.v1}, keyed by the ceremony id; raised for every signatory at once when signing opens for
 * everyone.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory called
 * @param cityId the city they sign for
 * @param cityName the city's name in both languages
 */
@Serdeable
public record SignatoryCalled(String ceremonyId, String signatoryId, String cityId, LocalizedText cityName)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
