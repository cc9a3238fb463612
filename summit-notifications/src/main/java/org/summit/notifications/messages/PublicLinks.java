package org.summit.notifications.messages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where people reach the app from outside: e-mails link to absolute addresses ({@code summit.public-url}, from
 * {@code SUMMIT_PUBLIC_URL}), while in-app notifications keep the app's own paths.
 */
@Singleton
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${summit.public-url:`http://localhost:8080`}") String base) {
        String trimmed = base.strip();
        this.base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The absolute address of a path of the app, for example {@code /exchanges}. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
