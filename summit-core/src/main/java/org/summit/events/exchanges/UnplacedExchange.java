package org.summit.events.exchanges;

import io.micronaut.serde.annotation.Serdeable;
import org.summit.shared.LocalizedText;

/**
 * An agreed exchange that a scheduling run could not place.
 *
 * @param exchangeId the exchange
 * @param reason why, a stable code such as {@code exchange.unplaced.no-common-time}
 * @param title the theme's or subject's name with the cities, in both languages
 */
@Serdeable
public record UnplacedExchange(String exchangeId, String reason, LocalizedText title) {}
