package org.summit.notifications.projections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** That an account starred a session of the published programme for its agenda. */
@MappedEntity("notifications_bookmark")
record BookmarkRow(@Id String id, String accountId, String sessionId, String summitId, Instant createdAt) {

    static String key(String accountId, String sessionId) {
        return accountId + "/" + sessionId;
    }
}
