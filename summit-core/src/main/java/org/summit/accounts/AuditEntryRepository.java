package org.summit.accounts;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append-only by construction: it can add and read entries, and has no way to change or delete one. */
@JdbcRepository(dialect = Dialect.H2)
interface AuditEntryRepository extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findAllOrderByIdDesc(Pageable pageable);

    List<AuditEntry> findByActionOrderByIdDesc(String action, Pageable pageable);
}
