package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's calendar feed of their agenda at a secret URL: only the SHA-256 of the URL's token is stored, so that
 * the table alone opens no feed.
 */
@MappedEntity("agenda_feed")
record AgendaFeed(@Id UUID id, UUID accountId, UUID summitId, String tokenHash, Instant createdAt) {}
