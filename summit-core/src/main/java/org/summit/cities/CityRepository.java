package org.summit.cities;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface CityRepository extends CrudRepository<City, String> {

    List<City> findAllOrderByProtocolPositionAsc();

    @Query("SELECT COALESCE(MAX(protocol_position), 0) FROM cities_city")
    int lastProtocolPosition();
}
