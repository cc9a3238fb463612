package org.summit.exchanges;

/** Where a scheduling run is: working, or how it ended. Only a {@code DONE} run changed the schedule. */
public enum SchedulingRunState {
    RUNNING,
    DONE,
    CANCELLED,
    FAILED
}
