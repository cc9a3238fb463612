package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * An invited city accepted an exchange and named who of its delegation attends. Produced by the exchanges context on
 * {@code summit.exchanges.v1}, keyed by the exchange id. The exchange is agreed once every invited city that did not
 * decline has accepted.
 *
 * @param exchangeId the exchange
 * @param cityId the invited city that accepted
 * @param memberIds its delegates who attend, delegate ids
 * @param acceptedBy the account that answered for the city
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeAccepted(String exchangeId, String cityId, List<String> memberIds, String acceptedBy)
        implements DomainEvent {

    /** Lists arrive empty, never null, also from a producer that left an empty one out. */
    public ExchangeAccepted {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
