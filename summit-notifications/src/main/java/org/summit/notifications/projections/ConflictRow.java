package org.summit.notifications.projections;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An overlap organisers were told of: a delegate in an exchange meeting while on stage in a session. */
@MappedEntity("notifications_conflict")
record ConflictRow(@Id String id, String exchangeId, String sessionId, String delegateId, Instant detectedAt) {

    static String key(String exchangeId, String sessionId, String delegateId) {
        return exchangeId + "/" + sessionId + "/" + delegateId;
    }
}
