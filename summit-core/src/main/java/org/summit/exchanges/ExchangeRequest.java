package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.summit.events.exchanges.PreferredTime;
import org.summit.shared.LocalizedText;

/**
 * What a delegate asks for, as sent: the cities invited, a theme (its name, in any case) or a free subject, a note
 * in both languages, the members of their delegation who attend, preferred times within the exchange blocks, and
 * whether interpretation is needed.
 */
public record ExchangeRequest(
        List<String> invitedCityIds,
        @Nullable String theme,
        @Nullable LocalizedText subject,
        LocalizedText note,
        List<String> memberIds,
        @Nullable List<PreferredTime> preferredTimes,
        boolean interpretation) {}
