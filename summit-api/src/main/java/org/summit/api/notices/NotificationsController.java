package org.summit.api.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.notices.NoticeViews.AllMarkedRead;
import org.summit.api.notices.NoticeViews.MarkedRead;
import org.summit.api.notices.NoticeViews.NoticeList;
import org.summit.api.notices.NoticeViews.NoticeView;
import org.summit.api.notices.NoticeViews.PreferencesView;
import org.summit.api.web.ProblemResponses;
import org.summit.notices.NoticeCentre;
import org.summit.notices.NoticePreferences;

/**
 * My notifications, whatever my role: the notification centre (newest first, unread ones marked, read one or all)
 * and my preferences (which kinds on which channel, e-mails at once or in a daily digest, the language). Each person
 * sees and changes only their own.
 */
@Controller("/api/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.Names.ORGANISER, Role.Names.DELEGATE, Role.Names.STAFF})
@ProblemResponses
@Tag(name = "Notifications", description = "A person's in-app notifications and notification preferences")
class NotificationsController {

    private final NoticeCentre centre;
    private final NoticePreferences preferences;

    NotificationsController(NoticeCentre centre, NoticePreferences preferences) {
        this.centre = centre;
        this.preferences = preferences;
    }

    @Get
    @Operation(
            summary = "My notifications, newest first, with how many are unread (anyone logged in)",
            description = "400 notice.limit.out-of-range for a limit outside 1 to 100.")
    NoticeList mine(
            @Parameter(description = "Only the unread ones") @Nullable @QueryValue Boolean unread,
            @Parameter(description = "How many to list, 1 to 100 (20 if not given)") @Nullable @QueryValue
                    Integer limit,
            Authentication me) {
        return NoticeList.of(centre.of(Person.of(me).recipient(), Boolean.TRUE.equals(unread), limit));
    }

    @Post("/{id}/read")
    @Operation(
            summary = "Mark one of my notifications read (anyone logged in); again changes nothing",
            description = "404 notice.not-found for a notification that is not mine.")
    MarkedRead markRead(UUID id, Authentication me) {
        NoticeCentre.Marked marked = centre.markRead(Person.of(me).recipient(), id);
        return new MarkedRead(NoticeView.of(marked.notice()), marked.unread());
    }

    @Post("/read-all")
    @Operation(summary = "Mark every notification of mine read (anyone logged in)")
    AllMarkedRead markAllRead(Authentication me) {
        String recipient = Person.of(me).recipient();
        int marked = centre.markAllRead(recipient);
        return new AllMarkedRead(marked, centre.unread(recipient));
    }

    @Get("/preferences")
    @Operation(
            summary = "My notification preferences (anyone logged in)",
            description = "Every kind my role receives, each on both channels until I turn it off; e-mails at once"
                    + " and in my delegation's language (null) until I choose otherwise.")
    PreferencesView myPreferences(Authentication me) {
        Person person = Person.of(me);
        return PreferencesView.of(preferences.of(person.recipient(), person.audience()));
    }

    @Put("/preferences")
    @Operation(
            summary = "Change my notification preferences (anyone logged in)",
            description = "Kinds left out keep what they were. 400 with errors[] naming each field: kinds[i].kind"
                    + " notice.kind.unknown, notice.kind.not-offered (another role's, or one that cannot be turned"
                    + " off), notice.kind.twice; language notice.language.unknown (zh-Hant, en or null).")
    PreferencesView savePreferences(@Body PreferencesView wanted, Authentication me) {
        Person person = Person.of(me);
        return PreferencesView.of(preferences.save(person.recipient(), person.audience(), wanted.toPreferences()));
    }
}
