package org.summit.notices;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** The people's notification preferences. */
@JdbcRepository(dialect = Dialect.H2)
public interface NoticePreferenceRepository extends CrudRepository<NoticePreference, String> {}
