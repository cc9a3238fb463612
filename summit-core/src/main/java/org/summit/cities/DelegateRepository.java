package org.summit.cities;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.H2)
interface DelegateRepository extends CrudRepository<Delegate, UUID> {

    List<Delegate> findByCityIdOrderByNameEnAsc(String cityId);

    List<Delegate> findAllOrderByNameEnAsc();

    Optional<Delegate> findByEmail(String email);

    long countByCityId(String cityId);
}
