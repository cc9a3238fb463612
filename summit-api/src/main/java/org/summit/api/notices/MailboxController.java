package org.summit.api.notices;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.summit.accounts.Role;
import org.summit.api.notices.NoticeViews.MailCounts;
import org.summit.api.notices.NoticeViews.MailSummary;
import org.summit.api.notices.NoticeViews.MailView;
import org.summit.api.notices.NoticeViews.MailboxView;
import org.summit.api.web.ProblemResponses;
import org.summit.notices.MailState;
import org.summit.notices.Mailbox;
import org.summit.shared.Choices;

/**
 * The organisers' mailbox: every e-mail Summit wrote, where its delivery stands, and what it said. With no SMTP server
 * configured (the embedded default) the e-mails are kept here, so that organisers see what would have been sent; the
 * dead letters, which failed every attempt, go back in the queue with a retry.
 */
@Controller("/api/mailbox")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Role.Names.ORGANISER)
@ProblemResponses
@Tag(name = "Mailbox", description = "The e-mails Summit wrote, for organisers")
class MailboxController {

    private final Mailbox mailbox;

    MailboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Get
    @Operation(
            summary = "The newest e-mails, of one state if asked, with how many there are in each state (organiser)",
            description = "400 choice.unknown for an unknown state, notice.limit.out-of-range for a limit outside 1"
                    + " to 100.")
    MailboxView mails(
            @Parameter(
                            description = "Only the e-mails in this state",
                            schema = @Schema(allowableValues = {"PENDING", "SENT", "DIGEST", "KEPT", "DEAD"}))
                    @Nullable
                    @QueryValue
                    String state,
            @Parameter(description = "How many to list, 1 to 100 (20 if not given)") @Nullable @QueryValue
                    Integer limit) {
        MailState only = state == null || state.isBlank() ? null : Choices.parse(MailState.class, "state", state);
        return new MailboxView(
                mailbox.list(only, limit).stream().map(MailSummary::of).toList(), MailCounts.of(mailbox.counts()));
    }

    @Get("/{id}")
    @Operation(
            summary = "One e-mail with its text, its HTML and its calendar attachment (organiser)",
            description = "404 mailbox.mail.not-found.")
    MailView mail(UUID id) {
        return MailView.of(mailbox.find(id));
    }

    @Post("/{id}/retry")
    @Operation(
            summary = "Put a dead letter back in the queue, due at once with its attempts counted afresh (organiser)",
            description = "404 mailbox.mail.not-found; 409 mailbox.retry.not-dead for an e-mail that is not dead (for"
                    + " example one another organiser retried a moment ago).")
    MailView retry(UUID id) {
        return MailView.of(mailbox.retry(id));
    }
}
