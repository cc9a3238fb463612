package org.summit.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * The append-only log of security-relevant actions (logins and failed logins, role changes, invitations, device
 * pairings, every ceremony step), visible to organisers. An entry is written in a transaction of its own, so a
 * refused action is recorded even though the action itself is rolled back.
 */
@Singleton
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(
            @Nullable String actor,
            AuditAction action,
            @Nullable String subject,
            @Nullable String clientAddress,
            String outcome) {
        entries.save(new AuditEntry(null, clock.instant(), actor, action.name(), subject, clientAddress, outcome));
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
