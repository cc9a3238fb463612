package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A big screen was paired to show a ceremony. Produced by the ceremony context on {@code summit.ceremony.v1}, keyed
 * by the ceremony id, in the transaction that used the pairing code.
 *
 * @param ceremonyId the ceremony
 * @param deviceId the screen's id
 */
@Serdeable
public record ScreenPaired(String ceremonyId, String deviceId) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
