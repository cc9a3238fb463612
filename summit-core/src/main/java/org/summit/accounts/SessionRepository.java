package org.summit.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.H2)
interface SessionRepository extends CrudRepository<Session, UUID> {

    @Query("UPDATE accounts_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    void revoke(UUID id, Instant now);

    @Query("UPDATE accounts_session SET revoked_at = :now WHERE account_id = :accountId AND id <> :keptId"
            + " AND revoked_at IS NULL")
    void revokeAllOfExcept(UUID accountId, UUID keptId, Instant now);

    @Query("UPDATE accounts_session SET revoked_at = :now WHERE account_id = :accountId AND revoked_at IS NULL")
    void revokeAllOf(UUID accountId, Instant now);
}
