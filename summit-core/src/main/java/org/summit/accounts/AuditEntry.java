package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One security-relevant action: who did what to whom, from where, and how it ended. Never changed afterwards.
 *
 * @param outcome an {@link AuditOutcome} code
 * @param details the values the UI writes into its sentence for the action, as a JSON object, or null
 */
@MappedEntity("audit_entry")
public record AuditEntry(
        @Id @GeneratedValue Long id,
        Instant at,
        @Nullable String actor,
        String action,
        @Nullable String subject,
        @Nullable String clientAddress,
        String outcome,
        @Nullable String details) {}
