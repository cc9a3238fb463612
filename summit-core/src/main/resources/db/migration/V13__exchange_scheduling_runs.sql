-- Automatic scheduling runs of the exchanges context. A run works in the background; its row says how far it got
-- (refreshed every second, which is also its heartbeat) and, once finished, what it did. At most one run per summit
-- holds running_lock (the summit's id) at a time: the unique index refuses a second one on any instance, and a run
-- whose heartbeat stopped (its process died) is closed as interrupted before a new one starts. Nothing of a run
-- reaches the exchanges before it finishes: a run cancelled, failed or interrupted leaves the schedule as it was.
CREATE TABLE exchange_scheduling_run (
    id               UUID PRIMARY KEY,
    summit_id        UUID                     NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    running_lock     UUID,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_by       VARCHAR(320)             NOT NULL,
    heartbeat_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    cancel_requested BOOLEAN                  NOT NULL,
    time_limit_ms    BIGINT                   NOT NULL,
    elapsed_ms       BIGINT                   NOT NULL,
    total            INTEGER                  NOT NULL,
    placed           INTEGER                  NOT NULL,
    hard_score       BIGINT                   NOT NULL,
    medium_score     BIGINT                   NOT NULL,
    soft_score       BIGINT                   NOT NULL,
    scheduled        INTEGER                  NOT NULL,
    rescheduled      INTEGER                  NOT NULL,
    unscheduled      INTEGER                  NOT NULL,
    unplaced         CLOB                     NOT NULL,
    failure          VARCHAR(1000)
);
CREATE UNIQUE INDEX exchange_scheduling_run_one_at_a_time ON exchange_scheduling_run (running_lock);
CREATE INDEX exchange_scheduling_run_latest ON exchange_scheduling_run (summit_id, started_at);
