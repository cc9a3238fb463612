package org.summit.agenda;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The agenda's tables, each behind its own repository. */
final class AgendaRepositories {

    private AgendaRepositories() {}

    @JdbcRepository(dialect = Dialect.H2)
    interface RoomRepository extends CrudRepository<Room, UUID> {
        List<Room> findBySummitIdOrderByNameEn(UUID summitId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface TrackRepository extends CrudRepository<Track, UUID> {
        List<Track> findBySummitIdOrderByNameEn(UUID summitId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface SessionRepository extends CrudRepository<AgendaSession, UUID> {
        List<AgendaSession> findBySummitIdOrderByStartsAt(UUID summitId);

        /** The sessions of a summit that overlap the time from {@code startsAt} to {@code endsAt}. */
        List<AgendaSession> findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(
                UUID summitId, LocalDateTime endsAt, LocalDateTime startsAt);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface DelegateRepository extends CrudRepository<AgendaDelegate, UUID> {
        List<AgendaDelegate> findByCityId(String cityId);

        Optional<AgendaDelegate> findByEmail(String email);

        List<AgendaDelegate> findByIdIn(Collection<UUID> ids);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ReleaseRepository extends CrudRepository<Release, UUID> {
        Optional<Release> findFirstBySummitIdOrderByNumberDesc(UUID summitId);

        @Query("SELECT COALESCE(MAX(number), 0) FROM agenda_release WHERE summit_id = :summitId")
        int latestNumber(UUID summitId);

        List<Release> findBySummitIdOrderByNumber(UUID summitId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface FeedRepository extends CrudRepository<AgendaFeed, UUID> {
        Optional<AgendaFeed> findByTokenHash(String tokenHash);

        Optional<AgendaFeed> findByAccountIdAndSummitId(UUID accountId, UUID summitId);

        void deleteByAccountIdAndSummitId(UUID accountId, UUID summitId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface BookmarkRepository extends CrudRepository<Bookmark, Long> {
        List<Bookmark> findByAccountIdAndSummitId(UUID accountId, UUID summitId);

        boolean existsByAccountIdAndSessionId(UUID accountId, UUID sessionId);

        void deleteByAccountIdAndSessionId(UUID accountId, UUID sessionId);

        Optional<Bookmark> findByAccountIdAndSessionId(UUID accountId, UUID sessionId);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ExchangeMeetingRepository extends CrudRepository<ExchangeMeeting, String> {
        List<ExchangeMeeting> findBySummitId(String summitId);

        /** The meetings of a summit that overlap the time from {@code startsAt} to {@code endsAt}. */
        List<ExchangeMeeting> findBySummitIdAndStartsAtLessThanAndEndsAtGreaterThan(
                String summitId, LocalDateTime endsAt, LocalDateTime startsAt);

        List<ExchangeMeeting> findBySummitIdAndExchangeIdInOrderByStartsAt(String summitId, Collection<String> ids);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface ExchangeAttendeeRepository extends CrudRepository<ExchangeAttendee, Long> {
        List<ExchangeAttendee> findByExchangeIdIn(Collection<String> exchangeIds);

        List<ExchangeAttendee> findByDelegateId(String delegateId);

        void deleteByExchangeId(String exchangeId);
    }
}
