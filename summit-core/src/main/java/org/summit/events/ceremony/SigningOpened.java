package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * Staff opened the signing. Produced by the ceremony context on {@code summit.ceremony.v1}, keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param mode {@code everyone} (every signatory may sign at once) or {@code one-by-one} (each signs when called, see
 *     {@link SignatoryCalled})
 */
@Serdeable
public record SigningOpened(String ceremonyId, String mode) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
