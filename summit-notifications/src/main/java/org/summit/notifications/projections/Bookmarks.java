package org.summit.notifications.projections;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Who follows which session, from the agenda's {@code SessionBookmarked} and {@code SessionBookmarkRemoved} alone:
 * a delegate who starred a session hears when a release changes it, as its speakers do. Every method runs in the
 * inbox's transaction of the event applied.
 */
@Singleton
public class Bookmarks {

    private final BookmarkRows rows;

    Bookmarks(BookmarkRows rows) {
        this.rows = rows;
    }

    public void starred(String summitId, String sessionId, String accountId, Instant at) {
        String id = BookmarkRow.key(accountId, sessionId);
        if (!rows.existsById(id)) {
            rows.save(new BookmarkRow(id, accountId, sessionId, summitId, at));
        }
    }

    public void unstarred(String sessionId, String accountId) {
        rows.deleteById(BookmarkRow.key(accountId, sessionId));
    }

    /** The accounts that follow a session. */
    public List<String> followers(String sessionId) {
        return rows.findBySessionId(sessionId).stream()
                .map(BookmarkRow::accountId)
                .toList();
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface BookmarkRows extends CrudRepository<BookmarkRow, String> {

        List<BookmarkRow> findBySessionId(String sessionId);
    }
}
