package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * A city that took part in an exchange recorded its outcome; every city of the exchange sees it. Recording again
 * replaces the city's earlier outcome. Produced by the exchanges context on {@code summit.exchanges.v1}, keyed by
 * the exchange id.
 *
 * @param exchangeId the exchange
 * @param cityId the city whose outcome it is
 * @param summary what came of the meeting, as the city wrote it
 * @param actions the follow-up actions agreed, with their owners and due dates
 * @param mouIntended whether the city intends a cooperation agreement (MoU)
 * @param recordedBy the account that recorded it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeOutcomeRecorded(
        String exchangeId,
        String cityId,
        String summary,
        List<FollowUp> actions,
        boolean mouIntended,
        String recordedBy)
        implements DomainEvent {

    /** Lists arrive empty, never null, also from a producer that left an empty one out. */
    public ExchangeOutcomeRecorded {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
