package org.summit.exchanges;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.summit.events.exchanges.PreferredTime;

/**
 * A city in an exchange: the one that asked ({@code requesting}) or one that was invited, with its answer, the members
 * of its delegation who attend, and the times it prefers.
 *
 * @param reason why it declined, or null
 * @param answeredBy the account that last answered for it (for the requesting city, the one who asked)
 */
@Serdeable
public record Party(
        String cityId,
        boolean requesting,
        Answer answer,
        List<String> memberIds,
        List<PreferredTime> preferredTimes,
        @Nullable String reason,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    public Party {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        preferredTimes = preferredTimes == null ? List.of() : List.copyOf(preferredTimes);
    }

    /** Whether the city takes part: it asked, or it accepted. */
    public boolean attends() {
        return answer == Answer.ACCEPTED;
    }

    Party answered(
            Answer newAnswer,
            List<String> members,
            List<PreferredTime> times,
            @Nullable String why,
            String by,
            Instant at) {
        return new Party(cityId, requesting, newAnswer, members, times, why, by, at);
    }
}
