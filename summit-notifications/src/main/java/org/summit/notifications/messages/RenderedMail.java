package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;

/**
 * An e-mail written in one language: its subject, its plain-text and HTML parts, and its iCalendar attachment for a
 * change of time.
 */
public record RenderedMail(
        String subject, String text, String html, @Nullable String calendar) {}
