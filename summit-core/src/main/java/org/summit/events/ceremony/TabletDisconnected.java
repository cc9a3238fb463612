package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A paired tablet's connection closed while signing was open and its signatory had not yet confirmed: staff should
 * look at it. Produced by the ceremony context on {@code summit.ceremony.v1}, keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory the tablet is paired for
 * @param cityId the city they sign for
 * @param cityName the city's name in both languages
 * @param deviceId the tablet
 * @param disconnectedAt when its connection closed
 */
@Serdeable
public record TabletDisconnected(
        String ceremonyId,
        String signatoryId,
        String cityId,
        LocalizedText cityName,
        String deviceId,
        Instant disconnectedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
