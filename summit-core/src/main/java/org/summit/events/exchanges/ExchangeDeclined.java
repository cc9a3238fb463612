package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.summit.events.DomainEvent;

/**
 * An invited city declined an exchange. Produced by the exchanges context on {@code summit.exchanges.v1}, keyed by
 * the exchange id. A multilateral exchange goes on with the cities that accept; once every invited city declined,
 * the exchange is declined.
 *
 * @param exchangeId the exchange
 * @param cityId the invited city that declined
 * @param reason why, as the city wrote it
 * @param declinedBy the account that answered for the city
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeDeclined(String exchangeId, String cityId, String reason, String declinedBy)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
