package org.summit.notifications.delivery;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;

/**
 * The SMTP server e-mails go through ({@code summit.notifications.smtp.*}, from {@code SUMMIT_SMTP_*}). Without a
 * host, no e-mail is sent: each is kept in the mailbox organisers open in the app (state {@code KEPT}).
 */
@Singleton
public class SmtpSettings {

    /** How the connection to the server is secured. */
    public enum Tls {
        /** Plain SMTP, for a relay on the same machine or network. */
        NONE(25),
        /** Plain at first, then upgraded with STARTTLS, which the server must offer. */
        STARTTLS(587),
        /** TLS from the first byte (SMTPS). */
        SSL(465);

        private final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        static Tls parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "summit.notifications.smtp.tls is " + value + "; it must be none, starttls or ssl", e);
            }
        }
    }

    private final String host;
    private final int port;
    private final Tls tls;
    private final String username;
    private final String password;
    private final String from;
    private final Duration connectTimeout;
    private final Duration timeout;

    SmtpSettings(
            @Value("${summit.notifications.smtp.host:}") String host,
            @Value("${summit.notifications.smtp.port:0}") int port,
            @Value("${summit.notifications.smtp.tls:none}") String tls,
            @Value("${summit.notifications.smtp.username:}") String username,
            @Value("${summit.notifications.smtp.password:}") String password,
            @Value("${summit.notifications.smtp.from:summit@localhost}") String from,
            @Value("${summit.notifications.smtp.connect-timeout:10s}") Duration connectTimeout,
            @Value("${summit.notifications.smtp.timeout:30s}") Duration timeout) {
        this.host = host == null ? "" : host.strip();
        this.tls = Tls.parse(tls == null || tls.isBlank() ? "none" : tls);
        this.port = port > 0 ? port : this.tls.defaultPort;
        this.username = username == null ? "" : username.strip();
        this.password = password == null ? "" : password;
        this.from = from;
        this.connectTimeout = connectTimeout;
        this.timeout = timeout;
    }

    /** Whether a server is configured: without one, e-mails are kept in the mailbox. */
    public boolean configured() {
        return !host.isEmpty();
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Tls tls() {
        return tls;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean authenticates() {
        return !username.isEmpty();
    }

    /** The sender, an address or {@code Name <address>}. */
    public String from() {
        return from;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
