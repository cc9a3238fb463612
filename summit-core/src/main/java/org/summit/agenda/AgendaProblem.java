package org.summit.agenda;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** The codes of the rules of the agenda: the summit, its days, rooms, sessions and releases. */
@Introspected
public enum AgendaProblem implements ProblemCode {
    SUMMIT_NOT_FOUND("summit.not-found", "There is no summit {id}"),
    NO_SUMMIT("summit.none", "No summit has been set up yet"),
    DAYS_OUT_OF_ORDER("summit.days.out-of-order", "The last day ({endsOn}) is before the first ({startsOn})"),
    TOO_MANY_DAYS("summit.days.too-many", "A summit lasts at most {max} days");

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
