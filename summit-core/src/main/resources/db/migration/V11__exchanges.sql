-- Exchanges context: city-to-city exchange meetings. Its own copies of what it needs from other contexts, kept from
-- their events only: cities and delegates (cities events), the summits, exchange blocks and who is busy when
-- (agenda events, the draft's current state). Never read from another context's tables.
CREATE TABLE exchanges_city (
    city_id      VARCHAR(64) PRIMARY KEY,
    name_zh_hant VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    withdrawn    BOOLEAN                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE exchanges_delegate (
    id           UUID PRIMARY KEY,
    city_id      VARCHAR(64)              NOT NULL,
    name_zh_hant VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    email        VARCHAR(320)             NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exchanges_delegate_city ON exchanges_delegate (city_id);

CREATE TABLE exchanges_summit (
    id           UUID PRIMARY KEY,
    name_zh_hant VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    time_zone    VARCHAR(64)              NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every session of the draft programme as the agenda's events last described it: the EXCHANGE_BLOCK ones are the
-- blocks exchanges are placed in; the others make their speakers and moderator busy (people: delegate ids, comma
-- separated). A cancelled session is deleted.
CREATE TABLE exchanges_session (
    id           UUID PRIMARY KEY,
    summit_id    UUID                     NOT NULL,
    type         VARCHAR(32)              NOT NULL,
    title_zh_hant VARCHAR(500),
    title_en     VARCHAR(500),
    room_id      UUID                     NOT NULL,
    starts_at    TIMESTAMP                NOT NULL,
    ends_at      TIMESTAMP                NOT NULL,
    people       VARCHAR(4000)            NOT NULL,
    version      BIGINT                   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX exchanges_session_summit ON exchanges_session (summit_id, type);

-- The organisers' settings of an exchange block: the meeting length that cuts it into slots, and the place's name.
CREATE TABLE exchanges_block_settings (
    block_id        UUID PRIMARY KEY,
    meeting_minutes INT                      NOT NULL,
    place_zh_hant   VARCHAR(500),
    place_en        VARCHAR(500),
    version         BIGINT                   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE exchanges_table (
    id             UUID PRIMARY KEY,
    block_id       UUID         NOT NULL,
    position       INT          NOT NULL,
    name_zh_hant   VARCHAR(500) NOT NULL,
    name_en        VARCHAR(500) NOT NULL,
    capacity       INT          NOT NULL,
    interpretation BOOLEAN      NOT NULL
);
CREATE INDEX exchanges_table_block ON exchanges_table (block_id);

-- One exchange: its request, each city's answer (parties, JSON), its place once scheduled, and each city's outcome
-- (JSON). The status and the open-request key are columns so that lists and the duplicate check need no JSON.
CREATE TABLE exchanges_exchange (
    id                 UUID PRIMARY KEY,
    requesting_city_id VARCHAR(64)              NOT NULL,
    city_ids           VARCHAR(4000)            NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    topic_key          VARCHAR(1100)            NOT NULL,
    theme              VARCHAR(40),
    subject_zh_hant    VARCHAR(500),
    subject_en         VARCHAR(500),
    note_zh_hant       VARCHAR(2000)            NOT NULL,
    note_en            VARCHAR(2000)            NOT NULL,
    interpretation     BOOLEAN                  NOT NULL,
    parties            CLOB                     NOT NULL,
    outcomes           CLOB                     NOT NULL,
    summit_id          UUID,
    block_id           UUID,
    table_id           UUID,
    starts_at          TIMESTAMP,
    ends_at            TIMESTAMP,
    pinned             BOOLEAN                  NOT NULL,
    cancelled_by_city  VARCHAR(64),
    cancel_reason      VARCHAR(2000),
    requested_by       VARCHAR(320)             NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL
);
CREATE INDEX exchanges_exchange_status ON exchanges_exchange (status);
CREATE INDEX exchanges_exchange_block ON exchanges_exchange (block_id);
