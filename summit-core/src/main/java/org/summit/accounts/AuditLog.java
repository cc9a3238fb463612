package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.Pageable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of security-relevant actions (logins and failed logins, role changes, invitations, device
 * pairings, every ceremony step), visible to organisers. An entry is written in a transaction of its own, so a
 * refused action is recorded even though the action itself is rolled back.
 */
@Singleton
public class AuditLog {

    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records an action.
     *
     * @param subject whom or what it was about, as an e-mail, a code or an id
     * @param details the values the UI's sentence for the action needs (names, counts), may be empty
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(
            @Nullable String actor,
            AuditAction action,
            @Nullable String subject,
            @Nullable String clientAddress,
            AuditOutcome outcome,
            Map<String, ?> details) {
        entries.save(new AuditEntry(
                null,
                clock.instant(),
                actor,
                action.name(),
                subject,
                clientAddress,
                outcome.code(),
                details.isEmpty() ? null : encode(details)));
    }

    /** The details of an entry as values again. */
    public Map<String, Object> details(AuditEntry entry) {
        if (entry.details() == null) {
            return Map.of();
        }
        try {
            return json.readValue(entry.details(), Argument.mapOf(String.class, Object.class));
        } catch (IOException unreadable) {
            return Map.of();
        }
    }

    private String encode(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException("Audit details cannot be written", e);
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return entries.findAllOrderByIdDesc(Pageable.from(0, Math.max(1, Math.min(limit, 1000))));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(AuditAction action, int limit) {
        return entries.findByActionOrderByIdDesc(action.name(), Pageable.from(0, Math.max(1, Math.min(limit, 1000))));
    }
}
