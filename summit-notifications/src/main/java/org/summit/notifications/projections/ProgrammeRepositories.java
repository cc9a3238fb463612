package org.summit.notifications.projections;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.List;

/** The tables of notifications' copy of the programme. */
final class ProgrammeRepositories {

    private ProgrammeRepositories() {}

    @JdbcRepository(dialect = Dialect.H2)
    interface SummitCopyRepository extends CrudRepository<SummitCopy, String> {}

    @JdbcRepository(dialect = Dialect.H2)
    interface SessionCopyRepository extends CrudRepository<SessionCopy, String> {

        /** The sessions of a summit that overlap the time from {@code from} to {@code to}. */
        List<SessionCopy> findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(
                String summitId, LocalDateTime to, LocalDateTime from);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ExchangeCopyRepository extends CrudRepository<ExchangeCopy, String> {

        /** The placed exchanges of a summit that overlap the time from {@code from} to {@code to}. */
        List<ExchangeCopy> findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(
                String summitId, LocalDateTime to, LocalDateTime from);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ConflictRowRepository extends CrudRepository<ConflictRow, String> {

        List<ConflictRow> findByExchangeId(String exchangeId);

        List<ConflictRow> findBySessionId(String sessionId);

        void deleteByExchangeId(String exchangeId);

        void deleteBySessionId(String sessionId);
    }
}
