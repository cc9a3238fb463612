package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A placed exchange moved (by an organiser's hand or a scheduling re-run), or its participants changed;
 * carries all of its placement as it is now. Produced by the exchanges context on {@code summit.exchanges.v1}, keyed
 * by the exchange id. For each exchange, the latest of {@link ExchangeScheduled}, {@link ExchangeRescheduled},
 * {@link ExchangeUnscheduled} and {@link ExchangeCancelled} says when it is, where, and who attends.
 *
 * @param exchangeId the exchange
 * @param summitId the summit whose exchange block holds it
 * @param blockId the exchange block: the agenda's {@code EXCHANGE_BLOCK} session id
 * @param tableId the table in the block
 * @param title the theme's or subject's name with the cities, in both languages
 * @param place the block's room and the table, in both languages
 * @param startsAt its start, local time in the summit's zone
 * @param endsAt its end, local time in the summit's zone
 * @param participantIds the delegates who attend: those the requesting city named and those each accepting city
 *     named, delegate ids
 * @param pinned whether an organiser pinned it, so that scheduling re-runs keep it where it is
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeRescheduled(
        String exchangeId,
        String summitId,
        String blockId,
        String tableId,
        LocalizedText title,
        LocalizedText place,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        List<String> participantIds,
        boolean pinned)
        implements DomainEvent {

    /** Lists arrive empty, never null, also from a producer that left an empty one out. */
    public ExchangeRescheduled {
        participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
    }

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
