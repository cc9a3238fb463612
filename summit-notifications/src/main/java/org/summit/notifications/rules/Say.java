package org.summit.notifications.rules;

import java.util.List;
import org.summit.notifications.messages.Phrase;
import org.summit.notifications.projections.Cities;
import org.summit.notifications.projections.ExchangeCopy;

/** Phrases several rules share: a city's name, what an exchange is about, why an exchange has no place. */
final class Say {

    private Say() {}

    static Phrase city(Cities cities, String cityId) {
        return Phrase.of(cities.name(cityId));
    }

    static Phrase cities(Cities cities, List<String> cityIds) {
        return Phrase.list(cityIds.stream().map(city -> city(cities, city)).toList());
    }

    /** The exchange's theme or subject, as its request named it; its programme title if the request is not known. */
    static Phrase topic(ExchangeCopy exchange) {
        if (exchange.theme() != null) {
            return Phrase.messageOr("theme." + exchange.theme(), Phrase.literal(exchange.theme()));
        }
        if (exchange.subject() != null) {
            return Phrase.of(exchange.subject());
        }
        if (exchange.titleZhHant() != null || exchange.titleEn() != null) {
            return Phrase.of(exchange.title());
        }
        return Phrase.literal(exchange.exchangeId());
    }

    /** The text of an {@code exchange.unplaced.*} reason, or the code itself within a general text. */
    static Phrase reason(String code) {
        Phrase other = Phrase.message("exchange.unplaced.other", Phrase.literal(code));
        return code == null ? other : Phrase.messageOr(code, other);
    }
}
