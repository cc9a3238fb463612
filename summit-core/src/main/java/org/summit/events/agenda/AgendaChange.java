package org.summit.events.agenda;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.summit.shared.LocalizedText;

/**
 * One entry of a release's changelog: what happened to one session since the release before.
 *
 * @param kind {@code ADDED}, {@code MOVED} (another time or room), {@code CHANGED} (anything else) or
 *     {@code CANCELLED}; a session both moved and changed has an entry of each
 * @param sessionId the session
 * @param title the session's title in both languages
 * @param description what changed, in both languages, for example "Moved from 23 Mar 10:00, Room 201 to …"
 * @param delegateIds the speakers and moderator before and after, so that each can be told what changed for them
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgendaChange(
        String kind, String sessionId, LocalizedText title, LocalizedText description, List<String> delegateIds) {}
