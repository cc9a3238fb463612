-- Pairing codes staff issue for tablets and screens: single use, expiring; only the SHA-256 is kept.
CREATE TABLE accounts_device_pairing (
    code_hash    VARCHAR(64) PRIMARY KEY,
    kind         VARCHAR(20)              NOT NULL,
    ceremony_id  VARCHAR(64)              NOT NULL,
    signatory_id VARCHAR(64),
    issued_by    VARCHAR(320)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    device_id    UUID
);

-- Paired devices: the id is the jti of the device's credential.
CREATE TABLE accounts_device (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(20)              NOT NULL,
    ceremony_id  VARCHAR(64)              NOT NULL,
    signatory_id VARCHAR(64),
    paired_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
