package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * An automatic scheduling run finished and its schedule was applied. Produced by the exchanges context on
 * {@code summit.exchanges.v1}, keyed by the summit id, after the events of the placements it changed.
 *
 * @param summitId the summit
 * @param runId the run
 * @param placed how many agreed exchanges have a place after it
 * @param unplaced the agreed exchanges it could not place, each with its reason
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeSchedulingFinished(String summitId, String runId, int placed, List<UnplacedExchange> unplaced)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return summitId;
    }
}
