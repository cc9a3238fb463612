package org.summit.agenda;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds every conflict of a draft programme in one pass: double-booked rooms and people (sorted by start and swept,
 * so a programme of a thousand sessions is checked in milliseconds), sessions outside their room's hours, rooms
 * without interpretation where it is needed, missing translations and speakers who are gone or whose city
 * withdrew.
 *
 * <p>Interpretation is needed when a speaker or the moderator needs it, or does not speak the language the session
 * is held in (an English speaker on a panel held in zh-Hant).
 */
final class ConflictCheck {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Comparator<BusySlot> BY_START = Comparator.comparing(BusySlot::startsAt);

    private ConflictCheck() {}

    static List<Conflict> check(
            Collection<AgendaSession> sessions,
            Map<UUID, Room> rooms,
            Map<UUID, AgendaDelegate> delegates,
            Collection<BusySlot> elsewhere) {
        List<Conflict> found = new ArrayList<>();
        Map<UUID, AgendaSession> byId = new HashMap<>();
        sessions.forEach(session -> byId.put(session.id(), session));
        roomDoubleBookings(sessions, rooms, found);
        personDoubleBookings(sessions, delegates, elsewhere, byId, found);
        for (AgendaSession session : sessions) {
            Room room = rooms.get(session.roomId());
            if (room != null && !room.details().openFor(session.startsAt(), session.endsAt())) {
                found.add(Conflict.of(
                        session,
                        "startsAt",
                        ConflictKind.ROOM_CLOSED,
                        Map.of(
                                "room", room.name(),
                                "opensAt", room.opensAt().toString(),
                                "closesAt", room.closesAt().toString()),
                        null));
            }
            people(session, delegates, room, found);
            translations(session, found);
        }
        return found;
    }

    private static void roomDoubleBookings(
            Collection<AgendaSession> sessions, Map<UUID, Room> rooms, List<Conflict> found) {
        Map<UUID, List<AgendaSession>> byRoom = new HashMap<>();
        sessions.forEach(session -> byRoom.computeIfAbsent(session.roomId(), room -> new ArrayList<>())
                .add(session));
        for (List<AgendaSession> inRoom : byRoom.values()) {
            inRoom.sort(Comparator.comparing(AgendaSession::startsAt));
            for (int i = 0; i < inRoom.size(); i++) {
                AgendaSession session = inRoom.get(i);
                for (int j = i + 1;
                        j < inRoom.size() && inRoom.get(j).startsAt().isBefore(session.endsAt());
                        j++) {
                    AgendaSession other = inRoom.get(j);
                    Room room = rooms.get(session.roomId());
                    Object roomName = room == null ? session.roomId().toString() : room.name();
                    found.add(roomConflict(session, other, roomName));
                    found.add(roomConflict(other, session, roomName));
                }
            }
        }
    }

    private static Conflict roomConflict(AgendaSession session, AgendaSession other, Object roomName) {
        return Conflict.of(
                session,
                "roomId",
                ConflictKind.ROOM_DOUBLE_BOOKED,
                Map.of(
                        "room", roomName,
                        "other", other.title(),
                        "from", TIME.format(other.startsAt()),
                        "to", TIME.format(other.endsAt())),
                other.id());
    }

    private static void personDoubleBookings(
            Collection<AgendaSession> sessions,
            Map<UUID, AgendaDelegate> delegates,
            Collection<BusySlot> elsewhere,
            Map<UUID, AgendaSession> byId,
            List<Conflict> found) {
        Map<UUID, List<BusySlot>> byPerson = new HashMap<>();
        for (AgendaSession session : sessions) {
            for (UUID person : session.details().people()) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>())
                        .add(BusySlot.inSession(
                                person, session.startsAt(), session.endsAt(), session.title(), session.id()));
            }
        }
        for (BusySlot slot : elsewhere) {
            if (byPerson.containsKey(slot.delegateId())) {
                byPerson.get(slot.delegateId()).add(slot);
            }
        }
        for (Map.Entry<UUID, List<BusySlot>> person : byPerson.entrySet()) {
            List<BusySlot> slots = person.getValue();
            if (slots.size() < 2) {
                continue;
            }
            slots.sort(BY_START);
            AgendaDelegate delegate = delegates.get(person.getKey());
            Object name = delegate == null ? person.getKey().toString() : delegate.name();
            for (int i = 0; i < slots.size(); i++) {
                BusySlot slot = slots.get(i);
                for (int j = i + 1; j < slots.size() && slots.get(j).startsAt().isBefore(slot.endsAt()); j++) {
                    BusySlot other = slots.get(j);
                    personConflict(byId.get(slot.sessionId()), slot, other, name, found);
                    personConflict(byId.get(other.sessionId()), other, slot, name, found);
                }
            }
        }
    }

    private static void personConflict(
            AgendaSession session, BusySlot own, BusySlot other, Object name, List<Conflict> found) {
        if (session == null) {
            return; // a busy time of another source: the conflict shows on the session it collides with
        }
        boolean moderates = own.delegateId().equals(session.moderatorId());
        Map<String, Object> args = new HashMap<>(other.details());
        args.put("delegate", name);
        args.put("other", other.what());
        args.put("from", TIME.format(other.startsAt()));
        args.put("to", TIME.format(other.endsAt()));
        args.put("delegateId", own.delegateId().toString());
        found.add(
                Conflict.of(session, moderates ? "moderatorId" : "speakerIds", other.kind(), args, other.sessionId()));
    }

    private static void people(
            AgendaSession session, Map<UUID, AgendaDelegate> delegates, Room room, List<Conflict> found) {
        List<AgendaDelegate> known = new ArrayList<>();
        boolean someoneGone = false;
        for (UUID person : session.details().people()) {
            AgendaDelegate delegate = delegates.get(person);
            if (delegate == null) {
                someoneGone = true;
            } else if (delegate.cityWithdrawn()) {
                found.add(Conflict.of(
                        session,
                        person.equals(session.moderatorId()) ? "moderatorId" : "speakerIds",
                        ConflictKind.SPEAKER_WITHDRAWN,
                        Map.of("delegate", delegate.name(), "delegateId", person.toString()),
                        null));
            } else {
                known.add(delegate);
            }
        }
        if (someoneGone) {
            found.add(Conflict.of(session, "speakerIds", ConflictKind.SPEAKER_GONE, Map.of(), null));
        }
        if (room == null || room.interpretation() || known.isEmpty()) {
            return;
        }
        String held = session.language().split("-")[0];
        known.stream()
                .filter(delegate -> delegate.needsInterpretation() || !delegate.speaks(held))
                .findFirst()
                .ifPresent(delegate -> found.add(Conflict.of(
                        session,
                        "roomId",
                        ConflictKind.INTERPRETATION_MISSING,
                        Map.of("room", room.name(), "delegate", delegate.name()),
                        null)));
    }

    private static void translations(AgendaSession session, List<Conflict> found) {
        missing(
                session,
                "title",
                ConflictKind.TITLE_TRANSLATION_MISSING,
                session.titleZhHant(),
                session.titleEn(),
                found);
        if (session.summary() != null) {
            missing(
                    session,
                    "summary",
                    ConflictKind.ABSTRACT_TRANSLATION_MISSING,
                    session.abstractZhHant(),
                    session.abstractEn(),
                    found);
        }
    }

    private static void missing(
            AgendaSession session, String field, ConflictKind kind, String zhHant, String en, List<Conflict> found) {
        if (SessionDetails.blank(zhHant)) {
            found.add(Conflict.of(session, field + ".zh-Hant", kind, Map.of("language", "zh-Hant"), null));
        }
        if (SessionDetails.blank(en)) {
            found.add(Conflict.of(session, field + ".en", kind, Map.of("language", "en"), null));
        }
    }
}
