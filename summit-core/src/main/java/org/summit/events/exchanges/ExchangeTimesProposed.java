package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * An invited city answered an exchange request with other times it would prefer, without accepting yet. Produced by
 * the exchanges context on {@code summit.exchanges.v1}, keyed by the exchange id. The city still has to accept or
 * decline.
 *
 * @param exchangeId the exchange
 * @param cityId the invited city that proposed
 * @param preferredTimes the times it proposes, within the exchange blocks
 * @param proposedBy the account that answered for the city
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeTimesProposed(
        String exchangeId, String cityId, List<PreferredTime> preferredTimes, String proposedBy)
        implements DomainEvent {

    /** Lists arrive empty, never null, also from a producer that left an empty one out. */
    public ExchangeTimesProposed {
        preferredTimes = preferredTimes == null ? List.of() : List.copyOf(preferredTimes);
    }

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
