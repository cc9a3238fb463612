package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * Staff sealed the declaration: its text and every signature are fixed under one fingerprint. Produced by the
 * ceremony context on {@code summit.ceremony.v1}, keyed by the ceremony id.
 *
 * @param ceremonyId the ceremony
 * @param name the ceremony's name in both languages
 * @param fingerprint the SHA-256 (hex) that the verification page recomputes
 * @param sealedAt when it was sealed
 * @param verificationPath the path of the public verification page, for example {@code /verify/…}
 * @param pdfPath the path of the sealed PDF
 */
@Serdeable
public record DeclarationSealed(
        String ceremonyId,
        LocalizedText name,
        String fingerprint,
        Instant sealedAt,
        String verificationPath,
        String pdfPath)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
