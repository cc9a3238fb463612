package org.summit.events.cities;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;

/**
 * An organiser set the protocol order of the attending cities, used for seating, speaking and signing. Produced by
 * the cities context on {@code summit.cities.v1}, keyed by {@value #AGGREGATE_ID}. Lists every city still
 * attending, first to last; a city registered later goes to the end until the next change.
 *
 * @param cityIds the attending cities' codes, in protocol order
 */
@Serdeable
public record ProtocolOrderChanged(List<String> cityIds) implements DomainEvent {

    /** The key of every protocol order event: there is one order for the whole summit. */
    public static final String AGGREGATE_ID = "protocol-order";

    @Override
    public String aggregateId() {
        return AGGREGATE_ID;
    }
}
