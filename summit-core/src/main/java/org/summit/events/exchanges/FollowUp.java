package org.summit.events.exchanges;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * A follow-up action a city agreed on at an exchange, as written in the outcome it recorded.
 *
 * @param action what is to be done, as the city wrote it
 * @param owner who does it (a person or an office), as the city wrote it
 * @param due the day it is due, or null if none was set
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FollowUp(
        String action, String owner, @Nullable LocalDate due) {}
