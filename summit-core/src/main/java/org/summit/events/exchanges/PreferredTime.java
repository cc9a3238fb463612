package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDateTime;

/**
 * A time a city would like an exchange to take place in, within the summit's exchange blocks.
 *
 * @param startsAt its start, local time in the summit's zone
 * @param endsAt its end, local time in the summit's zone, after the start
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PreferredTime(LocalDateTime startsAt, LocalDateTime endsAt) {}
