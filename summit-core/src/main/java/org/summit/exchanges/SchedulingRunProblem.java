package org.summit.exchanges;

import io.micronaut.core.annotation.Introspected;
import org.summit.shared.ProblemCode;

/** Why a scheduling run was not started or not cancelled. */
@Introspected
public enum SchedulingRunProblem implements ProblemCode {
    RUNNING(
            "exchange.scheduling.running",
            "A scheduling run is already going for this summit: wait for it or cancel it"),
    NOTHING_TO_SCHEDULE(
            "exchange.scheduling.nothing", "No agreed exchange waits for a place: there is nothing to schedule"),
    RUN_NOT_FOUND("exchange.scheduling.run-not-found", "There is no such scheduling run"),
    RUN_FINISHED("exchange.scheduling.finished", "This scheduling run has already ended");

    private final String code;
    private final String english;

    SchedulingRunProblem(String code, String english) {
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
