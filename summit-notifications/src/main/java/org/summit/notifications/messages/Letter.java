package org.summit.notifications.messages;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.summit.notices.NoticeKind;

/**
 * What to tell people about one event, in no language yet: the {@link Renderer} writes it as the in-app notification
 * (title and body in both languages) and as the e-mail (in the reader's language). The title and the lead are the
 * bundles' messages {@code <prefix>.title} and {@code <prefix>.body}; the e-mail's button to {@code link} is
 * {@code <prefix>.action}. The prefix is the kind's code unless one kind says different things
 * ({@code organiser.unplaced} for one exchange or for a scheduling run).
 *
 * @param kind what it is about
 * @param prefix the prefix of its messages' keys
 * @param eventId the event that caused it: with the person and the kind, what makes it once only
 * @param link the page of the app it is about, for example {@code /exchanges}; null for none
 * @param titleArgs the arguments of the title's message
 * @param bodyArgs the arguments of the lead's message
 * @param items the details, one line or paragraph each (a release's changes to one's sessions, for example)
 * @param links further links of the e-mail, absolute
 * @param calendar the events of an iCalendar attachment, for a change of time; empty for none
 */
public record Letter(
        NoticeKind kind,
        String prefix,
        UUID eventId,
        @Nullable String link,
        List<Phrase> titleArgs,
        List<Phrase> bodyArgs,
        List<Item> items,
        List<Link> links,
        List<CalendarEntry> calendar) {

    public Letter {
        titleArgs = List.copyOf(titleArgs);
        bodyArgs = List.copyOf(bodyArgs);
        items = List.copyOf(items);
        links = List.copyOf(links);
        calendar = List.copyOf(calendar);
    }

    /** A letter with no items, links or calendar yet. */
    public static Letter of(NoticeKind kind, UUID eventId, @Nullable String link) {
        return new Letter(kind, kind.code(), eventId, link, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same letter saying the messages under {@code keys} instead of the kind's own. */
    public Letter saying(String keys) {
        return new Letter(kind, keys, eventId, link, titleArgs, bodyArgs, items, links, calendar);
    }

    public Letter title(Phrase... args) {
        return new Letter(kind, prefix, eventId, link, List.of(args), bodyArgs, items, links, calendar);
    }

    public Letter body(Phrase... args) {
        return new Letter(kind, prefix, eventId, link, titleArgs, List.of(args), items, links, calendar);
    }

    public Letter items(List<Item> details) {
        return new Letter(kind, prefix, eventId, link, titleArgs, bodyArgs, details, links, calendar);
    }

    public Letter links(List<Link> more) {
        return new Letter(kind, prefix, eventId, link, titleArgs, bodyArgs, items, more, calendar);
    }

    public Letter calendar(List<CalendarEntry> entries) {
        return new Letter(kind, prefix, eventId, link, titleArgs, bodyArgs, items, links, entries);
    }

    /** One detail: a heading and what it says. */
    public record Item(Phrase title, Phrase text) {}

    /** A link of the e-mail: what it opens, and its absolute address. */
    public record Link(Phrase label, String url) {}
}
