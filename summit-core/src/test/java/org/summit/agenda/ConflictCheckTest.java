package org.summit.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.summit.shared.LocalizedText;

class ConflictCheckTest {

    private static final UUID SUMMIT = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2016-03-01T00:00:00Z");
    private static final LocalDateTime NINE = LocalDateTime.of(2016, 3, 23, 9, 0);

    private final Room hall = room("Main Hall", true, null, null);
    private final Room salon = room("Salon 201", false, LocalTime.of(9, 0), LocalTime.of(17, 0));
    private final AgendaDelegate lin = delegate("Lin", "zh-Hant", false, false);
    private final AgendaDelegate hayes = delegate("Hayes", "en", false, false);
    private final AgendaDelegate devries = delegate("De Vries", "en,nl", false, false);

    @Test
    void aDraftWithoutProblemsHasNoConflicts() {
        var keynote = session("Keynote", hall, NINE, 60, lin);
        var panel = session("Panel", hall, NINE.plusHours(1), 60, hayes, devries);

        assertThat(check(keynote, panel)).isEmpty();
    }

    @Test
    void twoSessionsInOneRoomAtOnceConflictOnBoth() {
        var keynote = session("Keynote", hall, NINE, 60, lin);
        var panel = session("Panel", hall, NINE.plusMinutes(30), 60, hayes);

        assertThat(check(keynote, panel))
                .extracting(Conflict::sessionId, Conflict::kind, Conflict::otherSessionId)
                .containsExactlyInAnyOrder(
                        tuple(keynote.id(), ConflictKind.ROOM_DOUBLE_BOOKED, panel.id()),
                        tuple(panel.id(), ConflictKind.ROOM_DOUBLE_BOOKED, keynote.id()));
    }

    @Test
    void aSpeakerInTwoPlacesAtOnceIsDoubleBookedAndTheModeratorToo() {
        var keynote = session("Keynote", hall, NINE, 60, hayes);
        var sharing = withModerator(session("City sharing", salon, NINE.plusMinutes(45), 60, devries), hayes);

        assertThat(check(keynote, sharing))
                .extracting(Conflict::sessionId, Conflict::field, Conflict::kind)
                .containsExactlyInAnyOrder(
                        tuple(keynote.id(), "speakerIds", ConflictKind.PERSON_DOUBLE_BOOKED),
                        tuple(sharing.id(), "moderatorId", ConflictKind.PERSON_DOUBLE_BOOKED));
    }

    @Test
    void sessionsThatOnlyTouchDoNotConflict() {
        var first = session("First", hall, NINE, 60, hayes);
        var second = session("Second", hall, NINE.plusHours(1), 60, hayes);

        assertThat(check(first, second)).isEmpty();
    }

    @Test
    void aBusyTimeOfAnotherSourceConflictsWithTheSessionItCollidesWithAsTheKindItNames() {
        var keynote = session("Keynote", hall, NINE, 60, hayes);
        var later = session("Later", hall, NINE.plusHours(2), 60, hayes);
        LocalizedText place = LocalizedText.of("201 室 第 3 桌", "Salon 201, table 3");
        BusySlot exchange = new BusySlot(
                hayes.id(),
                NINE.plusMinutes(30),
                NINE.plusMinutes(90),
                LocalizedText.of("城市交流", "Exchange with Taipei"),
                null,
                ConflictKind.PERSON_IN_EXCHANGE,
                Map.of("place", place, "exchangeId", "x-1"));

        List<Conflict> conflicts =
                ConflictCheck.check(List.of(keynote, later), rooms(), delegates(), List.of(exchange));

        assertThat(conflicts)
                .extracting(Conflict::sessionId, Conflict::field, Conflict::kind, Conflict::otherSessionId)
                .containsExactly(tuple(keynote.id(), "speakerIds", ConflictKind.PERSON_IN_EXCHANGE, null));
        assertThat(conflicts.get(0).args())
                .containsEntry("other", exchange.what())
                .containsEntry("place", place)
                .containsEntry("exchangeId", "x-1")
                .containsEntry("from", "2016-03-23 09:30")
                .containsEntry("to", "2016-03-23 10:30")
                .containsEntry("delegateId", hayes.id().toString());
    }

    @Test
    void aSessionOutsideItsRoomsHoursConflicts() {
        var early = session("Breakfast briefing", salon, NINE.minusHours(1), 60, hayes);

        assertThat(check(early)).extracting(Conflict::kind).containsExactly(ConflictKind.ROOM_CLOSED);
    }

    @Test
    void aMixedLanguagePanelInARoomWithoutInterpretationIsAWarning() {
        var panel = session("Panel", salon, NINE, 60, lin, hayes);
        var english = session("English only", salon, NINE.plusHours(2), 60, hayes, devries);

        List<Conflict> conflicts = check(panel, english);

        assertThat(conflicts)
                .extracting(Conflict::sessionId, Conflict::kind)
                .containsExactly(tuple(panel.id(), ConflictKind.INTERPRETATION_MISSING));
        assertThat(conflicts.get(0).kind().blocksPublishing()).isFalse();
    }

    @Test
    void aSpeakerWhoDoesNotSpeakTheSessionsLanguageNeedsInterpretation() {
        var inChinese = heldIn("zh-Hant", "Governance", salon, NINE, 60, lin, hayes);
        var inEnglish = heldIn("en", "Governance", salon, NINE.plusHours(2), 60, hayes, devries);
        var chineseInTheHall = heldIn("zh-Hant", "Governance", hall, NINE.plusHours(4), 60, hayes);

        List<Conflict> conflicts = check(inChinese, inEnglish, chineseInTheHall);

        assertThat(conflicts)
                .extracting(Conflict::sessionId, Conflict::kind)
                .containsExactly(tuple(inChinese.id(), ConflictKind.INTERPRETATION_MISSING));
        assertThat(conflicts.get(0).args()).containsEntry("delegate", hayes.name());
    }

    @Test
    void aSpeakerWhoNeedsInterpretationNeedsItEvenAlone() {
        AgendaDelegate needs = delegate("Novák", "cs,en", true, false);

        assertThat(ConflictCheck.check(
                        List.of(session("Talk", salon, NINE, 60, needs)),
                        rooms(),
                        Map.of(needs.id(), needs),
                        List.of()))
                .extracting(Conflict::kind)
                .containsExactly(ConflictKind.INTERPRETATION_MISSING);
    }

    @Test
    void aMissingTranslationBlocksPublishing() {
        var untranslated = new AgendaSession(
                UUID.randomUUID(),
                SUMMIT,
                null,
                "Smart governance",
                "摘要",
                null,
                SessionType.FORUM,
                "en",
                null,
                hall.id(),
                NINE,
                NINE.plusHours(1),
                "",
                null,
                0L,
                NOW);

        assertThat(check(untranslated))
                .extracting(Conflict::field, Conflict::kind)
                .containsExactlyInAnyOrder(
                        tuple("title.zh-Hant", ConflictKind.TITLE_TRANSLATION_MISSING),
                        tuple("summary.en", ConflictKind.ABSTRACT_TRANSLATION_MISSING));
        assertThat(check(untranslated)).allMatch(conflict -> conflict.kind().blocksPublishing());
    }

    @Test
    void aWithdrawnSpeakerAndAGoneOneBlockPublishing() {
        AgendaDelegate withdrawn = delegate("Levi", "en", false, true);
        AgendaDelegate gone = delegate("Nobody", "en", false, false);
        var talk = session("Talk", hall, NINE, 60, withdrawn, gone);

        assertThat(ConflictCheck.check(List.of(talk), rooms(), Map.of(withdrawn.id(), withdrawn), List.of()))
                .extracting(Conflict::kind)
                .containsExactlyInAnyOrder(ConflictKind.SPEAKER_WITHDRAWN, ConflictKind.SPEAKER_GONE);
    }

    @Test
    void aThousandSessionsInTwentyRoomsAreCheckedQuickly() {
        List<Room> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(room("Room " + i, true, null, null));
        }
        List<AgendaSession> sessions = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Room room = many.get(i % 20);
            sessions.add(session("S" + i, room, NINE.plusMinutes(30L * (i / 20)), 30, hayes));
        }
        Map<UUID, Room> byId = new java.util.HashMap<>();
        many.forEach(room -> byId.put(room.id(), room));

        List<Conflict> conflicts = ConflictCheck.check(sessions, byId, delegates(), List.of());

        // Hayes speaks in all 20 rooms in every half hour: 50 slots of 20 sessions, each pair twice.
        assertThat(conflicts).hasSize(50 * 20 * 19);
    }

    private List<Conflict> check(AgendaSession... sessions) {
        return ConflictCheck.check(List.of(sessions), rooms(), delegates(), List.of());
    }

    private Map<UUID, Room> rooms() {
        return Map.of(hall.id(), hall, salon.id(), salon);
    }

    private Map<UUID, AgendaDelegate> delegates() {
        return Map.of(lin.id(), lin, hayes.id(), hayes, devries.id(), devries);
    }

    private static Room room(String name, boolean interpretation, LocalTime opens, LocalTime closes) {
        return Room.create(
                UUID.randomUUID(),
                SUMMIT,
                new RoomDetails(LocalizedText.of(name + " 廳", name), 100, interpretation, opens, closes),
                NOW);
    }

    private static AgendaDelegate delegate(String name, String languages, boolean needs, boolean withdrawn) {
        return new AgendaDelegate(
                UUID.randomUUID(), "city", name + " 中文", name, name + "@example.org", languages, needs, withdrawn, NOW);
    }

    private static AgendaSession session(
            String title, Room room, LocalDateTime start, long minutes, AgendaDelegate... speakers) {
        return heldIn("en", title, room, start, minutes, speakers);
    }

    private static AgendaSession heldIn(
            String language, String title, Room room, LocalDateTime start, long minutes, AgendaDelegate... speakers) {
        return AgendaSession.schedule(
                        UUID.randomUUID(),
                        SUMMIT,
                        new SessionDetails(
                                LocalizedText.of(title + " 中文", title),
                                null,
                                SessionType.PANEL,
                                language,
                                null,
                                room.id(),
                                start,
                                start.plusMinutes(minutes),
                                java.util.Arrays.stream(speakers)
                                        .map(AgendaDelegate::id)
                                        .toList(),
                                null),
                        NOW)
                .state();
    }

    private static AgendaSession withModerator(AgendaSession session, AgendaDelegate moderator) {
        SessionDetails details = session.details();
        return AgendaSession.schedule(
                        session.id(),
                        SUMMIT,
                        new SessionDetails(
                                details.title(),
                                null,
                                details.type(),
                                details.language(),
                                null,
                                details.roomId(),
                                details.startsAt(),
                                details.endsAt(),
                                details.speakerIds(),
                                moderator.id()),
                        NOW)
                .state();
    }
}
