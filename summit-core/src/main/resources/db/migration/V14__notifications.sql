-- Notifications (issue #14). Written by summit-notifications from the events it consumes; read, marked read and
-- configured through summit-api (org.summit.notices). A person is keyed by their e-mail address in lower case
-- ("recipient"): the address links a delegate of the cities context to their account, as "my agenda" does.

-- The accounts of organisers, staff and delegates, as the accounts events last described them.
CREATE TABLE notifications_account (
    account_id   UUID PRIMARY KEY,
    email        VARCHAR(320)             NOT NULL,
    display_name VARCHAR(200)             NOT NULL,
    role         VARCHAR(20)              NOT NULL,
    city_id      VARCHAR(64),
    active       BOOLEAN                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_account_role ON notifications_account (role, active);
CREATE INDEX notifications_account_email ON notifications_account (email);

-- In-app notifications: at most one per person, kind and triggering event, however often Kafka delivers it.
CREATE TABLE notifications_notice (
    id            UUID PRIMARY KEY,
    recipient     VARCHAR(320)             NOT NULL,
    kind          VARCHAR(64)              NOT NULL,
    event_id      UUID                     NOT NULL,
    title_zh_hant VARCHAR(1000)            NOT NULL,
    title_en      VARCHAR(1000)            NOT NULL,
    body_zh_hant  CLOB                     NOT NULL,
    body_en       CLOB                     NOT NULL,
    link          VARCHAR(1000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_notice_once UNIQUE (recipient, kind, event_id)
);
CREATE INDEX notifications_notice_inbox ON notifications_notice (recipient, created_at);

-- E-mails, rendered when written, in the recipient's language: the queue the sender works through (PENDING, with
-- retries and backoff), what was sent (SENT), what waits for the daily digest (DIGEST), what was kept in the
-- mailbox because no SMTP server is configured (KEPT) and what failed every attempt (DEAD, also on the dead-letter
-- topic, until an organiser retries it). At most one per person, kind and triggering event.
CREATE TABLE notifications_mail (
    id              UUID PRIMARY KEY,
    recipient       VARCHAR(320)             NOT NULL,
    kind            VARCHAR(64)              NOT NULL,
    event_id        UUID                     NOT NULL,
    language        VARCHAR(10)              NOT NULL,
    subject         VARCHAR(1000)            NOT NULL,
    text_body       CLOB                     NOT NULL,
    html_body       CLOB                     NOT NULL,
    calendar        CLOB,
    state           VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notifications_mail_once UNIQUE (recipient, kind, event_id)
);
CREATE INDEX notifications_mail_due ON notifications_mail (state, next_attempt_at);
CREATE INDEX notifications_mail_recent ON notifications_mail (created_at);

-- What each person wants: which kinds on which channel (the kinds turned off, comma-separated), e-mails at once or
-- in a daily digest, and the language to write in (null: their delegation's choice, or the default).
CREATE TABLE notifications_preference (
    recipient     VARCHAR(320) PRIMARY KEY,
    language      VARCHAR(10),
    email_digest  BOOLEAN                  NOT NULL,
    in_app_off    VARCHAR(1000)            NOT NULL,
    email_off     VARCHAR(1000)            NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
