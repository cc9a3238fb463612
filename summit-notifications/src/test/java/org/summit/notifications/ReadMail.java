package org.summit.notifications;

import io.micronaut.core.annotation.Nullable;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A delivered message as a reader sees it: its subject, its parts, its calendar attachment and its headers. */
public record ReadMail(
        String subject,
        String messageId,
        @Nullable String language,
        @Nullable String text,
        @Nullable String html,
        @Nullable String calendar,
        @Nullable String calendarType) {

    public static ReadMail of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.walk(message);
            return new ReadMail(
                    message.getSubject(),
                    message.getMessageID(),
                    message.getHeader("Content-Language", null),
                    parts.text,
                    parts.html,
                    parts.calendar,
                    parts.calendarType);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SMTP carries lines ending in CRLF; the application wrote them ending in LF. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static final class Parts {
        String text;
        String html;
        String calendar;
        String calendarType;

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/plain")) {
                text = lines((String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                html = lines((String) part.getContent());
            } else if (part.isMimeType("text/calendar")) {
                calendarType = part.getContentType();
                Object content = part.getContent();
                if (content instanceof String) {
                    calendar = (String) content;
                } else {
                    try (InputStream in = (InputStream) content) {
                        calendar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
    }
}
