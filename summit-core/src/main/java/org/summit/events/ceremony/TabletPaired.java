package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A signatory's tablet was paired for a ceremony. Produced by the ceremony context on {@code summit.ceremony.v1},
 * keyed by the ceremony id, in the transaction that used the pairing code.
 *
 * @param ceremonyId the ceremony
 * @param signatoryId the signatory the tablet serves
 * @param deviceId the tablet's id (revoking it ends its pairing)
 */
@Serdeable
public record TabletPaired(String ceremonyId, String signatoryId, String deviceId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
