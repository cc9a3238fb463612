package org.summit.agenda;

import io.micronaut.core.annotation.Nullable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.summit.shared.Violation;

/**
 * One thing wrong with one session of the draft.
 *
 * @param sessionId the session it shows on
 * @param field the session's field it is about ({@code roomId}, {@code speakerIds}, {@code startsAt}, {@code title}…)
 * @param kind what is wrong, and how much it weighs
 * @param args the values its message needs; always the session's {@code session} title and {@code sessionId}
 * @param otherSessionId the other session of a double booking, or null
 */
public record Conflict(
        UUID sessionId,
        String field,
        ConflictKind kind,
        Map<String, Object> args,
        @Nullable UUID otherSessionId) {

    public Conflict {
        args = Map.copyOf(args);
    }

    /** The conflict as a problem's entry: the field at fault, the code and its args. */
    public Violation violation() {
        return new Violation(field, kind, args);
    }

    static Conflict of(
            AgendaSession session, String field, ConflictKind kind, Map<String, Object> args, UUID otherSessionId) {
        Map<String, Object> all = new HashMap<>(args);
        all.put("session", session.title());
        all.put("sessionId", session.id().toString());
        return new Conflict(session.id(), field, kind, all, otherSessionId);
    }
}
