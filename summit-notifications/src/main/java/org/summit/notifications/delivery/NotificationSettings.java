package org.summit.notifications.delivery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.summit.notifications.messages.Language;

/**
 * The settings every notification reads: the language to write in when a person chose none
 * ({@code summit.notifications.default-language}) and the zone that times without a summit are shown in
 * ({@code summit.notifications.zone}, also the digest's).
 */
@Singleton
public class NotificationSettings {

    private final Language defaultLanguage;
    private final ZoneId zone;

    NotificationSettings(
            @Value("${summit.notifications.default-language:zh-Hant}") String defaultLanguage,
            @Value("${summit.notifications.zone:Asia/Taipei}") String zone) {
        this.defaultLanguage = Language.ofTag(defaultLanguage)
                .orElseThrow(() -> new IllegalArgumentException(
                        "summit.notifications.default-language is " + defaultLanguage + "; it must be zh-Hant or en"));
        this.zone = ZoneId.of(zone);
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    public ZoneId zone() {
        return zone;
    }
}
