package org.summit.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.H2)
interface InvitationRepository extends CrudRepository<Invitation, String> {

    /** Marks the invitation used if it still is usable; 1 if this call used it, 0 if it was already used. */
    @Query("UPDATE accounts_invitation SET used_at = :now WHERE token_hash = :tokenHash AND used_at IS NULL"
            + " AND expires_at > :now")
    int use(String tokenHash, Instant now);
}
