package org.summit.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * What one person wants to hear about, and how. A person without a row gets every kind on both channels, e-mails at
 * once, in their delegation's language or the default.
 *
 * @param recipient the person, by {@link Recipients#key}
 * @param language {@code zh-Hant} or {@code en}; null for their delegation's choice or the default
 * @param emailDigest whether e-mails wait for one daily digest instead of going at once
 * @param inAppOff the kinds not shown in the app, comma-separated
 * @param emailOff the kinds not e-mailed, comma-separated
 */
@MappedEntity("notifications_preference")
public record NoticePreference(
        @Id String recipient,
        @Nullable String language,
        boolean emailDigest,
        String inAppOff,
        String emailOff,
        Instant updatedAt) {}
