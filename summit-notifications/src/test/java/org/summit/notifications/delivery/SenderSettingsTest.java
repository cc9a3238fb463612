package org.summit.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SenderSettingsTest {

    @Test
    void backsOffFromTwoSecondsDoublingToAMinuteAndKeepsTryingForAboutTenMinutes() {
        SenderSettings settings = new SenderSettings(
                true,
                Duration.ofSeconds(1),
                100,
                Duration.ofMinutes(2),
                15,
                Duration.ofSeconds(2),
                Duration.ofSeconds(60));

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(settings.backoff(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(14)).isEqualTo(Duration.ofSeconds(60));
        Duration waited = Duration.ZERO;
        for (int failure = 1; failure < settings.maxAttempts(); failure++) {
            waited = waited.plus(settings.backoff(failure));
        }
        // An SMTP server down for five minutes and more still gets every e-mail.
        assertThat(waited).isGreaterThan(Duration.ofMinutes(9));
    }
}
