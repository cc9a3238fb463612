-- Notifications' own copies of what the other contexts publish (issue #14), kept by summit-notifications from the
-- events alone, each event applied once (the inbox): it never reads another context's tables, so it works the same
-- as a process of its own.

-- The attending cities' names, from the cities events: exchanges and the ceremony name cities by their code.
CREATE TABLE notifications_city (
    city_id       VARCHAR(64) PRIMARY KEY,
    name_zh_hant  VARCHAR(200)             NOT NULL,
    name_en       VARCHAR(200)             NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The summits, for the time zone their local times are in.
CREATE TABLE notifications_summit (
    summit_id     VARCHAR(64) PRIMARY KEY,
    name_zh_hant  VARCHAR(200)             NOT NULL,
    name_en       VARCHAR(200)             NOT NULL,
    time_zone     VARCHAR(64)              NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The programme's sessions as the draft has them (which is what a release froze when it is published): their
-- times, room, title and who is on stage (speakers and moderator, delegate ids, comma-separated); revisions counts
-- the releases that moved or changed a session, the SEQUENCE of its calendar event.
CREATE TABLE notifications_session (
    session_id    VARCHAR(64) PRIMARY KEY,
    summit_id     VARCHAR(64)              NOT NULL,
    version       BIGINT                   NOT NULL,
    type          VARCHAR(32)              NOT NULL,
    title_zh_hant VARCHAR(1000)            NOT NULL,
    title_en      VARCHAR(1000)            NOT NULL,
    room_id       VARCHAR(64)              NOT NULL,
    starts_at     TIMESTAMP                NOT NULL,
    ends_at       TIMESTAMP                NOT NULL,
    people        VARCHAR(2000)            NOT NULL,
    revisions     INTEGER                  NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_session_time ON notifications_session (summit_id, starts_at);

-- Who follows which session: the accounts that starred it for their agenda, told when a release changes it as its
-- speakers are. Its id is the account and the session joined with '/'.
CREATE TABLE notifications_bookmark (
    id          VARCHAR(200) PRIMARY KEY,
    account_id  VARCHAR(64)              NOT NULL,
    session_id  VARCHAR(64)              NOT NULL,
    summit_id   VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_bookmark_session ON notifications_bookmark (session_id);

-- The exchanges: who asked whom (city codes, comma-separated), what about, which invited cities declined, and,
-- while it has one, its place in the programme with its participants (delegate ids); revision counts its moves
-- since it got its place (the SEQUENCE of its calendar event, as in the agenda's feeds).
CREATE TABLE notifications_exchange (
    exchange_id        VARCHAR(64) PRIMARY KEY,
    requesting_city_id VARCHAR(64)              NOT NULL,
    invited_city_ids   VARCHAR(2000)            NOT NULL,
    declined_city_ids  VARCHAR(2000)            NOT NULL,
    theme              VARCHAR(64),
    subject_zh_hant    VARCHAR(1000),
    subject_en         VARCHAR(1000),
    cancelled          BOOLEAN                  NOT NULL,
    summit_id          VARCHAR(64),
    title_zh_hant      VARCHAR(1000),
    title_en           VARCHAR(1000),
    place_zh_hant      VARCHAR(1000),
    place_en           VARCHAR(1000),
    starts_at          TIMESTAMP,
    ends_at            TIMESTAMP,
    participant_ids    VARCHAR(4000)            NOT NULL,
    revision           INTEGER                  NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_exchange_time ON notifications_exchange (summit_id, starts_at);

-- The overlaps organisers were told of: a delegate in an exchange meeting while they speak or moderate a session.
-- An overlap is told when it appears; once it is gone it is forgotten, so that it is told again if it comes back.
-- Its id is the three ids joined with '/'.
CREATE TABLE notifications_conflict (
    id           VARCHAR(200) PRIMARY KEY,
    exchange_id  VARCHAR(64)              NOT NULL,
    session_id   VARCHAR(64)              NOT NULL,
    delegate_id  VARCHAR(64)              NOT NULL,
    detected_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_conflict_exchange ON notifications_conflict (exchange_id);
CREATE INDEX notifications_conflict_session ON notifications_conflict (session_id);

-- The daily digest that carried an e-mail which waited for it (state DIGEST, then SENT when the digest is written).
ALTER TABLE notifications_mail ADD COLUMN digest_id UUID;
CREATE INDEX notifications_mail_recipient ON notifications_mail (recipient, state);
