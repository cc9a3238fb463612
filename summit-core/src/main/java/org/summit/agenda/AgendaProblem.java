package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the rules of the agenda: the summit, its days, rooms, sessions and releases. */
@Introspected
public enum AgendaProblem implements ProblemCode {
    SUMMIT_NOT_FOUND("summit.not-found", "There is no summit {id}"),
    NO_SUMMIT("summit.none", "No summit has been set up yet"),
    DAYS_OUT_OF_ORDER("summit.days.out-of-order", "The last day ({endsOn}) is before the first ({startsOn})"),
    TOO_MANY_DAYS("summit.days.too-many", "A summit lasts at most {max} days"),
    ROOM_NOT_FOUND("room.not-found", "This summit has no such room"),
    ROOM_CAPACITY_INVALID("room.capacity.invalid", "holds from 1 to {max} people"),
    ROOM_HOURS_INCOMPLETE("room.hours.incomplete", "give both the opening and the closing time, or neither"),
    ROOM_HOURS_OUT_OF_ORDER("room.hours.out-of-order", "The room closes ({closesAt}) before it opens ({opensAt})"),
    TRACK_NOT_FOUND("track.not-found", "This summit has no such track"),
    SESSION_NOT_FOUND("session.not-found", "The draft has no such session"),
    SESSION_TITLE_MISSING("session.title.missing", "give the title in at least one language"),
    SESSION_TIMES_OUT_OF_ORDER(
            "session.times.out-of-order", "The session ends ({endsAt}) before it starts ({startsAt})"),
    SESSION_TIMES_EMPTY("session.times.empty", "The session ends when it starts: give it a length"),
    SESSION_TOO_LONG("session.times.too-long", "A session lasts at most {max} hours"),
    SESSION_OUTSIDE_SUMMIT(
            "session.outside-summit", "The session is outside the summit's days ({startsOn} to {endsOn})"),
    SPEAKERS_TOO_MANY("session.speakers.too-many", "A session has at most {max} speakers"),
    SPEAKER_TWICE("session.speakers.twice", "A delegate is named more than once among the speakers and the moderator"),
    SPEAKER_UNKNOWN("session.speaker.unknown", "'{id}' is not a delegate of an attending city"),
    SPEAKER_WITHDRAWN("session.speaker.withdrawn", "{delegate}'s city has withdrawn from the summit"),
    CONFLICTS(
            "agenda.conflicts",
            "The change conflicts with {count} other bookings (see errors[]): change it, or send keepConflicts to"
                    + " keep it in the draft with them"),
    PUBLISH_BLOCKED("agenda.publish.blocked", "The draft has {count} problems that block publishing (see errors[])"),
    NOTHING_TO_PUBLISH(
            "agenda.publish.nothing-changed",
            "The draft is the same as release {release}: there is nothing to publish"),
    NOT_PUBLISHED("agenda.not-published", "The programme of this summit has not been published yet"),
    NOT_IN_RELEASE("agenda.session.not-published", "The published programme has no such session"),
    FEED_NOT_FOUND(
            "agenda.feed.not-found", "There is no such calendar feed: it was revoked, replaced or never existed");

    private final String code;
    private final String english;

    AgendaProblem(String code, String english) {
        this.code = code;
        this.english = english;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String english() {
        return english;
    }
}
