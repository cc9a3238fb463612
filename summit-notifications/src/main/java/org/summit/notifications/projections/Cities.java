package org.summit.notifications.projections;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.summit.shared.LocalizedText;

/**
 * The attending cities' names, from the cities events alone, so that a notification names a city rather than its
 * code. A withdrawn city keeps its name here: the exchanges it took part in still speak of it.
 */
@Singleton
public class Cities {

    private final CityCopyRepository cities;

    Cities(CityCopyRepository cities) {
        this.cities = cities;
    }

    /** Keeps a city's name. Call within the inbox's transaction. */
    public void keep(String cityId, LocalizedText name, Instant occurredAt) {
        CityCopy copy = new CityCopy(cityId, orEmpty(name.zhHant()), orEmpty(name.en()), occurredAt);
        if (cities.existsById(cityId)) {
            cities.update(copy);
        } else {
            cities.save(copy);
        }
    }

    /** The city's name, or its code where no event named it. */
    public LocalizedText name(String cityId) {
        return cities.findById(cityId).map(CityCopy::name).orElse(LocalizedText.of(cityId, cityId));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
