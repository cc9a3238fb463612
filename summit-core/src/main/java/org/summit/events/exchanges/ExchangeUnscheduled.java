package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A placed exchange lost its place in the programme: a scheduling re-run could not place it, or its exchange block
 * or table was removed. The exchange stays agreed and waits for a new place. Produced by the exchanges context on
 * {@code summit.exchanges.v1}, keyed by the exchange id.
 *
 * @param exchangeId the exchange
 * @param summitId the summit it was placed in
 * @param reason why, a stable code such as {@code exchange.unplaced.block-removed}
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeUnscheduled(String exchangeId, String summitId, String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
