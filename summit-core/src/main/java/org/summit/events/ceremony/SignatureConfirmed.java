package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A signatory confirmed their signature: it is final. Produced by the ceremony context on {@code summit.ceremony.v1},
 * keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory
 * @param cityId the city they signed for
 * @param cityName the city's name in both languages
 * @param lastSeq the sequence number of the last batch the signature holds
 */
@Serdeable
public record SignatureConfirmed(
        String ceremonyId, String signatoryId, String cityId, LocalizedText cityName, long lastSeq)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
