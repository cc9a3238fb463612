package org.summit.agenda;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A published release of a summit's programme, frozen: its number (from 1) and its document, the
 * {@link PublishedAgenda} as JSON. Written once, in the transaction that publishes it, and never changed.
 */
@MappedEntity("agenda_release")
record Release(@Id UUID id, UUID summitId, int number, String document, Instant publishedAt) {}
