-- Ceremony context: its own copy of who signs for which city and in what order, kept from the cities events
-- only (never read from cities_city or cities_delegate). A city leaves the roll when it withdraws.
CREATE TABLE ceremony_signing_city (
    city_id                VARCHAR(64) PRIMARY KEY,
    city_name_zh_hant      VARCHAR(500)             NOT NULL,
    city_name_en           VARCHAR(500)             NOT NULL,
    protocol_position      INT                      NOT NULL,
    signs                  BOOLEAN                  NOT NULL,
    signatory_id           UUID,
    signatory_name_zh_hant VARCHAR(500),
    signatory_name_en      VARCHAR(500),
    signatory_title_zh_hant VARCHAR(500),
    signatory_title_en     VARCHAR(500),
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The latest protocol order the ceremony has seen. Its events travel under their own key, so one can arrive
-- before the registration of a city it lists; the registration then takes its place from here.
CREATE TABLE ceremony_protocol_position (
    city_id  VARCHAR(64) PRIMARY KEY,
    position INT NOT NULL
);
