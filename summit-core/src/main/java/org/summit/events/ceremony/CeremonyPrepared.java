package org.summit.events.ceremony;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * Staff made a ceremony ready: its signatories are fixed, in the order they sign. Produced by the ceremony context on
 * {@code summit.ceremony.v1}, keyed by the ceremony id, in the same transaction as {@link DeclarationLocked}.
 *
 * @param ceremonyId the ceremony
 * @param name the ceremony's name in both languages
 * @param signatories the signatories, first to last
 */
@Serdeable
public record CeremonyPrepared(String ceremonyId, LocalizedText name, List<Signatory> signatories)
        implements DomainEvent {

    /** One signatory of the ceremony, by id and by name, with the city they sign for. */
    @Serdeable
    public record Signatory(String signatoryId, String cityId, LocalizedText cityName, LocalizedText name) {}

    @Override
    public String aggregateId() {
        return ceremonyId;
    }
}
