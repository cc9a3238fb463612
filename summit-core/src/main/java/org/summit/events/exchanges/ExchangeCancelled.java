package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * A city taking part called an exchange off; if it was placed, its place is free again. Produced by the exchanges
 * context on {@code summit.exchanges.v1}, keyed by the exchange id.
 *
 * @param exchangeId the exchange
 * @param summitId the summit it was placed in, or null if it had no place yet
 * @param cityId the city that cancelled it
 * @param reason why, as the city wrote it
 * @param cancelledBy the account that cancelled it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeCancelled(
        String exchangeId, @Nullable String summitId, String cityId, String reason, String cancelledBy)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
