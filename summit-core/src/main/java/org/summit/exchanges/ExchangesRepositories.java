package org.summit.exchanges;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The exchanges context's tables; no other context reads them. */
final class ExchangesRepositories {

    private ExchangesRepositories() {}

    @JdbcRepository(dialect = Dialect.H2)
    interface ExchangeRows extends CrudRepository<ExchangeRow, UUID> {
        List<ExchangeRow> findByStatusInOrderByRequestedAt(Collection<ExchangeStatus> statuses);

        List<ExchangeRow> findAllOrderByRequestedAt();

        List<ExchangeRow> findByBlockId(UUID blockId);

        List<ExchangeRow> findByCityIdsContainsOrderByRequestedAt(String cityId);

        List<ExchangeRow> findByStatusInAndTopicKey(Collection<ExchangeStatus> statuses, String topicKey);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface CityRows extends CrudRepository<ExchangeCity, String> {
        List<ExchangeCity> findAllOrderByNameEn();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface DelegateRows extends CrudRepository<ExchangeDelegate, UUID> {
        List<ExchangeDelegate> findByCityIdOrderByNameEn(String cityId);

        List<ExchangeDelegate> findByIdIn(Collection<UUID> ids);

        Optional<ExchangeDelegate> findByEmail(String email);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface SummitRows extends CrudRepository<ExchangeSummit, UUID> {
        /** Locks the summit's row until the transaction ends: placements in one summit are made one at a time. */
        Optional<ExchangeSummit> findByIdForUpdate(UUID id);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface SessionRows extends CrudRepository<ProgrammeSession, UUID> {
        List<ProgrammeSession> findBySummitIdAndTypeOrderByStartsAt(UUID summitId, String type);

        List<ProgrammeSession> findByTypeOrderByStartsAt(String type);

        List<ProgrammeSession> findBySummitIdAndTypeNotEqual(UUID summitId, String type);

        List<ProgrammeSession> findByTypeNotEqual(String type);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface BlockSettingsRows extends CrudRepository<BlockSettings, UUID> {}

    @JdbcRepository(dialect = Dialect.H2)
    interface TableRows extends CrudRepository<ExchangeTable, UUID> {
        List<ExchangeTable> findByBlockIdOrderByPosition(UUID blockId);

        List<ExchangeTable> findByBlockIdInOrderByPosition(Collection<UUID> blockIds);

        void deleteByBlockId(UUID blockId);
    }
}
