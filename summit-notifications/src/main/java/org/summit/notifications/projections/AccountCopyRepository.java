package org.summit.notifications.projections;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.H2)
interface AccountCopyRepository extends CrudRepository<AccountCopy, UUID> {

    List<AccountCopy> findByRoleAndActiveOrderByDisplayNameAsc(String role, boolean active);

    @Query("SELECT * FROM notifications_account WHERE LOWER(email) = :email ORDER BY updated_at DESC")
    List<AccountCopy> findByAddress(String email);
}
