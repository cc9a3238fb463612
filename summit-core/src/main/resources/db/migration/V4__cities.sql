-- Cities context: the attendee cities (and country delegations) with their place in the protocol order. A
-- withdrawn city keeps its row, marked, so its history and its code stay taken.
CREATE TABLE cities_city (
    id                    VARCHAR(64) PRIMARY KEY,
    name_zh_hant          VARCHAR(500)             NOT NULL,
    name_en               VARCHAR(500)             NOT NULL,
    kind                  VARCHAR(20)              NOT NULL,
    role                  VARCHAR(20)              NOT NULL,
    country               VARCHAR(2)               NOT NULL,
    time_zone             VARCHAR(64)              NOT NULL,
    description_zh_hant   VARCHAR(500),
    description_en        VARCHAR(500),
    protocol_position     INT                      NOT NULL,
    head_delegate_id      UUID,
    signatory_delegate_id UUID,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT                   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Cities context: the members of each delegation. The e-mail is unique: nobody belongs to two delegations.
CREATE TABLE cities_delegate (
    id                   UUID PRIMARY KEY,
    city_id              VARCHAR(64)              NOT NULL REFERENCES cities_city (id),
    name_zh_hant         VARCHAR(500)             NOT NULL,
    name_en              VARCHAR(500)             NOT NULL,
    title_zh_hant        VARCHAR(500)             NOT NULL,
    title_en             VARCHAR(500)             NOT NULL,
    languages            VARCHAR(400)             NOT NULL,
    needs_interpretation BOOLEAN                  NOT NULL,
    arrives_on           DATE,
    departs_on           DATE,
    email                VARCHAR(320)             NOT NULL UNIQUE,
    phone                VARCHAR(40),
    preferred_language   VARCHAR(10)              NOT NULL,
    version              BIGINT                   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX cities_delegate_city ON cities_delegate (city_id);

-- Notifications: whom it can write to, kept from the cities events only (never read from cities_delegate).
CREATE TABLE notifications_recipient (
    delegate_id  UUID PRIMARY KEY,
    city_id      VARCHAR(64)              NOT NULL,
    name_zh_hant VARCHAR(500)             NOT NULL,
    name_en      VARCHAR(500)             NOT NULL,
    email        VARCHAR(320)             NOT NULL,
    language     VARCHAR(10)              NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notifications_recipient_city ON notifications_recipient (city_id);
