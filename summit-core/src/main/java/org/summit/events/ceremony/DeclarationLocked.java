package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * The declaration's text was locked when its ceremony was made ready: from now on nothing can change it. Produced by
 * the ceremony context on {@code summit.ceremony.v1}, keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param version the draft version that was locked
 * @param textFingerprint the SHA-256 (hex) of the canonical text of both language versions
 */
@Serdeable
public record DeclarationLocked(String ceremonyId, int version, String textFingerprint) implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
