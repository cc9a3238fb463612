package org.summit.notifications;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.H2)
interface RecipientRepository extends CrudRepository<Recipient, UUID> {

    List<Recipient> findByCityIdOrderByNameEnAsc(String cityId);

    List<Recipient> findAllOrderByNameEnAsc();

    int deleteByCityId(String cityId);

    @Query("SELECT * FROM notifications_recipient WHERE LOWER(email) = :email ORDER BY updated_at DESC")
    List<Recipient> findByAddress(String email);
}
