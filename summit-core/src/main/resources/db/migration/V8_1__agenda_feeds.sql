-- Agenda context: a delegate's personal calendar feed of "my agenda", at a secret URL. Only the SHA-256 of the
-- URL's token is kept (the token itself is shown once, when issued); one feed per person and summit, and issuing
-- a new one or revoking deletes the old row, so the old URL stops working at once.
CREATE TABLE agenda_feed (
    id          UUID                     PRIMARY KEY,
    account_id  UUID                     NOT NULL,
    summit_id   UUID                     NOT NULL,
    token_hash  VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agenda_feed_token UNIQUE (token_hash),
    CONSTRAINT agenda_feed_one_per_summit UNIQUE (account_id, summit_id)
);
