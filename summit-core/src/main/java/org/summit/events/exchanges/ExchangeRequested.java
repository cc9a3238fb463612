package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.events.DomainEvent;
import org.summit.shared.LocalizedText;

/**
 * A delegate asked one or more other cities' delegations for an exchange meeting. Produced by the exchanges context
 * on {@code summit.exchanges.v1}, keyed by the exchange id. Each invited city then accepts, declines or proposes other
 * times.
 *
 * @param exchangeId the exchange
 * @param requestingCityId the city that asks (a city code, as the cities events carry it)
 * @param invitedCityIds the cities asked, one for a bilateral exchange, two or more for a multilateral one
 * @param theme one of the declaration's themes ({@code SMART_PUBLIC_SERVICES}, {@code INFRASTRUCTURE},
 *     {@code SMART_CITY_INDUSTRY}, {@code INNOVATION}, {@code GOVERNMENT_INDUSTRY_ACADEMIA}), or null when the
 *     request names a free-text {@code subject}
 * @param subject the free-text subject in both languages, or null when a {@code theme} is named
 * @param note a short note to the invited cities, in both languages
 * @param memberIds the requesting city's delegates who attend, delegate ids
 * @param preferredTimes the times the requesting city prefers, within the exchange blocks; may be empty
 * @param interpretation whether the meeting needs interpretation
 * @param requestedBy the account that asked
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ExchangeRequested(
        String exchangeId,
        String requestingCityId,
        List<String> invitedCityIds,
        @Nullable String theme,
        @Nullable LocalizedText subject,
        LocalizedText note,
        List<String> memberIds,
        List<PreferredTime> preferredTimes,
        boolean interpretation,
        String requestedBy)
        implements DomainEvent {

    /** Lists arrive empty, never null, also from a producer that left an empty one out. */
    public ExchangeRequested {
        invitedCityIds = invitedCityIds == null ? List.of() : List.copyOf(invitedCityIds);
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        preferredTimes = preferredTimes == null ? List.of() : List.copyOf(preferredTimes);
    }

    @Override
    public String aggregateId() {
        return exchangeId;
    }
}
