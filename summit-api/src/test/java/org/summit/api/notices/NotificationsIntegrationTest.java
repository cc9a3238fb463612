package org.summit.api.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.summit.accounts.AccountService;
import org.summit.accounts.Role;
import org.summit.api.accounts.LoggedIn;
import org.summit.events.notifications.NoticeCreated;
import org.summit.notices.LiveNotices;
import org.summit.notices.Mail;
import org.summit.notices.MailRepository;
import org.summit.notices.MailState;
import org.summit.notices.Notice;
import org.summit.notices.NoticeRepository;
import org.summit.notices.Recipients;
import org.summit.shared.kafka.KafkaTestSupport;
import org.summit.shared.outbox.Outbox;
import reactor.core.Disposable;

/**
 * The notification centre, the preferences and the mailbox over HTTP, with the real broker and H2. The rows the
 * notifications engine would write are inserted through its repositories, and its {@code NoticeCreated} appended
 * through the outbox, as the engine does: each person reads and marks only their own notifications, live too; the
 * preferences list the kinds of the person's role; organisers open the mailbox and retry its dead letters.
 */
@MicronautTest(environments = "api", transactional = false)
// A closed stream is noticed at the next write: heartbeats often enough to see the follower go within the test.
@Property(name = "summit.notices.live.heartbeat", value = "1s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({"rawtypes", "unchecked"})
class NotificationsIntegrationTest implements KafkaTestSupport {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    AccountService accounts;

    @Inject
    NoticeRepository notices;

    @Inject
    MailRepository mails;

    @Inject
    Outbox outbox;

    @Inject
    LiveNotices live;

    @Inject
    TransactionOperations<Connection> database;

    private LoggedIn delegate;
    private LoggedIn otherDelegate;
    private LoggedIn organiser;
    private LoggedIn staff;

    @BeforeAll
    void peopleOfEachRole() {
        delegate = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");
        otherDelegate = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");
        organiser = LoggedIn.as(accounts, http, Role.ORGANISER, null);
        staff = LoggedIn.as(accounts, http, Role.STAFF, null);
    }

    @Test
    void aDelegateListsTheirNotificationsNewestFirstAndMarksThemRead() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Notice older = notice(delegate.email(), "exchange.requested", now.minusSeconds(120));
        Notice newer = notice(delegate.email(), "session.changed", now);
        Notice others = notice(otherDelegate.email(), "session.changed", now);

        Map list = body(send(delegate, HttpRequest.GET("/api/notifications")));
        assertThat(list).containsEntry("unread", 2).containsEntry("total", 2);
        List<Map> shown = (List<Map>) list.get("notices");
        assertThat(shown)
                .extracting(notice -> notice.get("id"))
                .containsExactly(newer.id().toString(), older.id().toString());
        assertThat(shown.get(0))
                .containsEntry("kind", "session.changed")
                .containsEntry("title", Map.of("zh-Hant", "您的議程已變更", "en", "Your session moved"))
                .containsEntry("link", "/delegate")
                .containsEntry("read", false)
                .containsEntry("readAt", null);
        assertThat((List) body(send(delegate, HttpRequest.GET("/api/notifications?limit=1")))
                        .get("notices"))
                .hasSize(1);

        Map marked = body(send(delegate, HttpRequest.POST("/api/notifications/" + older.id() + "/read", Map.of())));
        assertThat(marked).containsEntry("unread", 1);
        assertThat((Map) marked.get("notice")).containsEntry("read", true);
        Map unreadOnly = body(send(delegate, HttpRequest.GET("/api/notifications?unread=true")));
        assertThat((List<Map>) unreadOnly.get("notices"))
                .extracting(notice -> notice.get("id"))
                .containsExactly(newer.id().toString());

        assertProblem(
                send(delegate, HttpRequest.POST("/api/notifications/" + others.id() + "/read", Map.of())),
                404,
                "notice.not-found");
        assertThat(notices.findById(others.id()).orElseThrow().read()).isFalse();
        assertProblem(
                send(delegate, HttpRequest.GET("/api/notifications?limit=500")), 400, "notice.limit.out-of-range");

        Map all = body(send(delegate, HttpRequest.POST("/api/notifications/read-all", Map.of())));
        assertThat(all).containsEntry("marked", 1).containsEntry("unread", 0);
        assertThat(body(send(otherDelegate, HttpRequest.GET("/api/notifications"))))
                .as("the other delegate's notification is still unread")
                .containsEntry("unread", 1);
    }

    @Test
    void eachRolesPreferencesListTheKindsThatReachItOnBothChannelsUntilChanged() throws IOException {
        Map mine = body(send(delegate, HttpRequest.GET("/api/notifications/preferences")));
        assertThat(mine).containsEntry("language", null).containsEntry("emailDigest", false);
        assertThat((List<Map>) mine.get("kinds"))
                .hasSize(9)
                .allMatch(kind ->
                        kind.get("inApp").equals(true) && kind.get("email").equals(true));
        assertThat(kinds(body(send(organiser, HttpRequest.GET("/api/notifications/preferences")))))
                .containsExactly("organiser.conflict", "organiser.unplaced");
        assertThat(kinds(body(send(staff, HttpRequest.GET("/api/notifications/preferences")))))
                .containsExactly("staff.tablet-disconnected");

        Map saved = body(send(
                staff,
                HttpRequest.PUT(
                        "/api/notifications/preferences",
                        Map.of(
                                "language",
                                "zh-Hant",
                                "emailDigest",
                                true,
                                "kinds",
                                List.of(Map.of("kind", "staff.tablet-disconnected", "inApp", true, "email", false))))));
        assertThat(saved).containsEntry("language", "zh-Hant").containsEntry("emailDigest", true);
        assertThat((List<Map>) saved.get("kinds"))
                .containsExactly(Map.of("kind", "staff.tablet-disconnected", "inApp", true, "email", false));
        assertThat(body(send(staff, HttpRequest.GET("/api/notifications/preferences"))))
                .isEqualTo(saved);
    }

    @Test
    void preferencesRefuseAnotherRolesKindAnUnknownKindAndAnUnknownLanguageNamingEachField() throws IOException {
        HttpResponse<String> refused = send(
                delegate,
                HttpRequest.PUT(
                        "/api/notifications/preferences",
                        Map.of(
                                "language",
                                "fr",
                                "emailDigest",
                                false,
                                "kinds",
                                List.of(
                                        Map.of("kind", "organiser.conflict", "inApp", false, "email", false),
                                        Map.of("kind", "session.exploded", "inApp", false, "email", false)))));
        assertThat(refused.code()).isEqualTo(400);
        Map problem = body(refused);
        assertThat((List<Map>) problem.get("errors"))
                .extracting(error -> error.get("field") + " " + error.get("code"))
                .containsExactlyInAnyOrder(
                        "language notice.language.unknown",
                        "kinds[0].kind notice.kind.not-offered",
                        "kinds[1].kind notice.kind.unknown");
    }

    @Test
    void organisersOpenTheMailboxAndRetryADeadLetterOnce() throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Mail kept = mail(MailState.KEPT, now.minusSeconds(10));
        Mail dead = mail(MailState.DEAD, now);

        Map box = body(send(organiser, HttpRequest.GET("/api/mailbox")));
        assertThat((List<Map>) box.get("mails"))
                .extracting(mail -> mail.get("id"))
                .containsSubsequence(dead.id().toString(), kept.id().toString());
        assertThat(((Number) ((Map) box.get("counts")).get("dead")).longValue()).isPositive();
        Map deadOnly = body(send(organiser, HttpRequest.GET("/api/mailbox?state=dead")));
        assertThat((List<Map>) deadOnly.get("mails"))
                .extracting(mail -> mail.get("state"))
                .containsOnly("DEAD");
        assertProblem(send(organiser, HttpRequest.GET("/api/mailbox?state=lost")), 400, "choice.unknown");

        Map opened = body(send(organiser, HttpRequest.GET("/api/mailbox/" + dead.id())));
        assertThat(opened)
                .containsEntry("textBody", "Your session moved to 10:00.")
                .containsEntry("htmlBody", "<p>Your session moved to <b>10:00</b>.</p>");
        assertThat((String) opened.get("calendar")).startsWith("BEGIN:VCALENDAR");
        assertThat((Map) opened.get("mail"))
                .containsEntry("state", "DEAD")
                .containsEntry("attempts", 5)
                .containsEntry("lastError", "Connection refused")
                .containsEntry("calendar", true);

        Map retried = body(send(organiser, HttpRequest.POST("/api/mailbox/" + dead.id() + "/retry", Map.of())));
        assertThat((Map) retried.get("mail")).containsEntry("state", "PENDING").containsEntry("attempts", 0);
        assertThat(mails.findById(dead.id()).orElseThrow().state())
                .as("out of the dead letters (the sender may have taken it up already)")
                .isNotEqualTo(MailState.DEAD);
        assertProblem(
                send(organiser, HttpRequest.POST("/api/mailbox/" + dead.id() + "/retry", Map.of())),
                409,
                "mailbox.retry.not-dead");
        assertProblem(
                send(organiser, HttpRequest.POST("/api/mailbox/" + UUID.randomUUID() + "/retry", Map.of())),
                404,
                "mailbox.mail.not-found");
        assertThat(send(delegate, HttpRequest.GET("/api/mailbox/" + kept.id())).code())
                .as("the mailbox is the organisers' only")
                .isEqualTo(403);
    }

    @Test
    void theLiveStreamCountsFirstThenTellsOfEachNewNotificationForThePersonOnly() {
        LoggedIn reader = LoggedIn.as(accounts, http, Role.DELEGATE, "orlando");
        notice(reader.email(), "exchange.accepted", Instant.now().minusSeconds(30));
        List<Event<Map>> events = new CopyOnWriteArrayList<>();
        Disposable following = follow(reader, events);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> !events.isEmpty());
            assertThat(events.get(0).getName()).isEqualTo("count");
            assertThat(events.get(0).getData()).containsEntry("unread", 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> live.followers(reader.email()) == 1);

            // Another person's notice first, then the reader's: only the reader's reaches the stream.
            Notice others = notice("someone." + UUID.randomUUID() + "@notices.test", "session.changed", Instant.now());
            announce(others);
            Notice mine = notice(reader.email(), "ceremony.called", Instant.now());
            // The live consumer starts at the end of the topic: announce until it has joined and this one arrives.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        announce(mine);
                        return events.stream().anyMatch(event -> "notice".equals(event.getName()));
                    });
            Event<Map> notice = events.stream()
                    .filter(event -> "notice".equals(event.getName()))
                    .findFirst()
                    .orElseThrow();
            assertThat(notice.getId()).isEqualTo(mine.id().toString());
            assertThat(notice.getData())
                    .containsEntry("unread", 2)
                    .containsEntry("noticeId", mine.id().toString())
                    .containsEntry("kind", "ceremony.called");
            assertThat(events)
                    .extracting(event -> event.getData().get("noticeId"))
                    .doesNotContain(others.id().toString());
        } finally {
            following.dispose();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> live.followers(reader.email()) == 0);
    }

    @Test
    void theLiveStreamIsForPeopleLoggedIn() {
        assertThat(catchStatus(() -> http.toBlocking()
                        .exchange(HttpRequest.GET("/api/notifications/live").accept(MediaType.TEXT_EVENT_STREAM))))
                .isEqualTo(401);
    }

    /**
     * Opens the live stream as a browser does, with the person's session cookie, collecting its events as they
     * arrive; disposing of it closes the connection.
     */
    private Disposable follow(LoggedIn who, List<Event<Map>> events) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        CompletableFuture<java.net.http.HttpResponse<Stream<String>>> response = client.sendAsync(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/notifications/live"))
                        .header("Accept", "text/event-stream")
                        .header("Cookie", "SUMMIT_SESSION=" + who.sessionToken())
                        .build(),
                BodyHandlers.ofLines());
        CompletableFuture<Void> reading = response.thenAcceptAsync(answer -> {
            String[] name = {null};
            String[] id = {null};
            try (Stream<String> lines = answer.body()) {
                lines.forEach(line -> {
                    if (line.startsWith("event:")) {
                        name[0] = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id[0] = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        try {
                            Map data = json.readValue(line.substring(5).strip(), Argument.of(Map.class));
                            Event<Map> event = Event.of(data).name(name[0]);
                            events.add(id[0] == null ? event : event.id(id[0]));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    } else if (line.isEmpty()) {
                        name[0] = null;
                        id[0] = null;
                    }
                });
            } catch (RuntimeException closed) {
                // The test closed the stream.
            }
        });
        return () -> {
            reading.cancel(true);
            response.thenAccept(answer -> answer.body().close());
        };
    }

    private void announce(Notice notice) {
        database.executeWrite(
                status -> outbox.append(new NoticeCreated(notice.id().toString(), notice.recipient(), notice.kind())));
    }

    private Notice notice(String email, String kind, Instant at) {
        return notices.save(new Notice(
                UUID.randomUUID(),
                Recipients.key(email),
                kind,
                UUID.randomUUID(),
                "您的議程已變更",
                "Your session moved",
                "開幕式改至 10:00。",
                "The opening moved to 10:00.",
                "/delegate",
                at,
                null));
    }

    private Mail mail(MailState state, Instant at) {
        boolean dead = state == MailState.DEAD;
        return mails.save(new Mail(
                UUID.randomUUID(),
                "mailbox." + UUID.randomUUID() + "@notices.test",
                "session.changed",
                UUID.randomUUID(),
                "en",
                "Your session moved",
                "Your session moved to 10:00.",
                "<p>Your session moved to <b>10:00</b>.</p>",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
                state,
                dead ? 5 : 0,
                at,
                dead ? "Connection refused" : null,
                at,
                null));
    }

    private static List<Object> kinds(Map preferences) {
        List<Object> kinds = new ArrayList<>();
        ((List<Map>) preferences.get("kinds")).forEach(kind -> kinds.add(kind.get("kind")));
        return kinds;
    }

    private static int catchStatus(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private HttpResponse<String> send(LoggedIn who, MutableHttpRequest<?> request) {
        if (request.getContentType().isEmpty() && request.getBody().isPresent()) {
            request.contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        try {
            return http.toBlocking().exchange(who.send(request), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.code())
                .as(response.getBody(String.class).orElse(""))
                .isEqualTo(status);
        assertThat(response.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        Map problem = body(response);
        List<Object> codes = new ArrayList<>();
        codes.add(problem.get("code"));
        ((List<Map>) problem.getOrDefault("errors", List.of())).forEach(error -> codes.add(error.get("code")));
        assertThat(codes).as(problem.toString()).contains(code);
    }

    private Map body(HttpResponse<?> response) throws IOException {
        assertThat(response.code())
                .as(response.getBody(String.class).orElse(""))
                .isLessThan(500);
        return json.readValue(response.getBody(String.class).orElseThrow(), Argument.of(Map.class));
    }
}
