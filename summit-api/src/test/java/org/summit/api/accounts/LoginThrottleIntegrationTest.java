package org.summit.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.shared.kafka.KafkaTestSupport;

/** No variant of an address and no burst of concurrent guesses gets more than ten password checks. */
@MicronautTest(environments = "api", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginThrottleIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    AccountService accounts;

    @Test
    void whiteSpaceAndCaseVariantsOfAnAddressShareItsGuesses() {
        String email = "variants." + UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Variants", Role.DELEGATE, "orlando", LoggedIn.PASSWORD);
        List<String> variants = List.of(
                email, " " + email, email + " ", "\t" + email, "\u2003" + email, email.toUpperCase(), "\u00a0" + email);
        for (int attempt = 0; attempt < LoginThrottle.PER_ACCOUNT; attempt++) {
            assertThat(login(variants.get(attempt % variants.size()), "wrong password " + attempt))
                    .isEqualTo(401);
        }

        for (String variant : variants) {
            assertThat(login(variant, LoggedIn.PASSWORD))
                    .as("'%s' with the right password", variant)
                    .isEqualTo(429);
        }
    }

    @Test
    void twentyConcurrentWrongPasswordsGetAtMostTenChecks() throws Exception {
        String email = "burst." + UUID.randomUUID() + "@test.summit";
        accounts.createActive(email, "Burst", Role.DELEGATE, "orlando", LoggedIn.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch ready = new CountDownLatch(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int attempt = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return login(email, "wrong password " + attempt);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(120, TimeUnit.SECONDS));
            }

            assertThat(statuses.stream().filter(status -> status == 401).count())
                    .as("password checks among " + statuses)
                    .isEqualTo(LoginThrottle.PER_ACCOUNT);
            assertThat(statuses.stream().filter(status -> status == 429).count())
                    .as("refused without a check among " + statuses)
                    .isEqualTo(20 - LoginThrottle.PER_ACCOUNT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(login(email, LoggedIn.PASSWORD)).isEqualTo(429);
    }

    private int login(String email, String password) {
        try {
            return http.toBlocking()
                    .exchange(
                            HttpRequest.POST("/api/session", Map.of("email", email, "password", password)),
                            String.class)
                    .code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
