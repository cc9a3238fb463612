package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/**
 * What can be wrong with a session of the draft, each with how much it weighs ({@link Severity}). Every kind is a
 * code with a text in both languages, so a conflict reads in the organiser's language wherever it shows.
 */
@Introspected
public enum ConflictKind implements ProblemCode {
    ROOM_DOUBLE_BOOKED(
            "conflict.room.double-booked", Severity.HARD, "{room} is also booked for {other} from {from} to {to}"),
    PERSON_DOUBLE_BOOKED(
            "conflict.person.double-booked", Severity.HARD, "{delegate} is also in {other} from {from} to {to}"),
    /** A speaker or the moderator has an exchange meeting with another city then (from the exchanges events). */
    PERSON_IN_EXCHANGE(
            "conflict.person.in-exchange",
            Severity.HARD,
            "{delegate} has the exchange meeting {other} at {place} from {from} to {to}"),
    ROOM_CLOSED("conflict.room.closed", Severity.HARD, "{room} is open from {opensAt} to {closesAt} only"),
    INTERPRETATION_MISSING(
            "conflict.interpretation.missing",
            Severity.WARNING,
            "{room} has no zh/en interpretation, and {delegate} needs it"),
    TITLE_TRANSLATION_MISSING(
            "conflict.translation.title-missing", Severity.BLOCKS_PUBLISHING, "The title is missing in {language}"),
    ABSTRACT_TRANSLATION_MISSING(
            "conflict.translation.abstract-missing",
            Severity.BLOCKS_PUBLISHING,
            "The abstract is missing in {language}"),
    SPEAKER_WITHDRAWN(
            "conflict.speaker.withdrawn",
            Severity.BLOCKS_PUBLISHING,
            "{delegate}'s city has withdrawn from the summit"),
    SPEAKER_GONE(
            "conflict.speaker.gone",
            Severity.BLOCKS_PUBLISHING,
            "A speaker or the moderator is no longer a delegate of an attending city");

    /** How much a conflict weighs. */
    public enum Severity {
        /** Refuses the change unless the organiser keeps it in the draft with it; blocks publishing. */
        HARD,
        /** Taken into the draft; blocks publishing. */
        BLOCKS_PUBLISHING,
        /** Shown, never refused. */
        WARNING
    }

    private final String code;
    private final Severity severity;
    private final String english;

    ConflictKind(String code, Severity severity, String english) {
        this.code = code;
        this.severity = severity;
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

    public Severity severity() {
        return severity;
    }

    public boolean blocksPublishing() {
        return severity != Severity.WARNING;
    }
}
