package org.summit.api.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.summit.agenda.AgendaDelegate;
import org.summit.agenda.AgendaService;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.Room;
import org.summit.agenda.RoomDetails;
import org.summit.agenda.SessionDetails;
import org.summit.agenda.SessionType;
import org.summit.agenda.Summit;
import org.summit.agenda.Track;
import org.summit.agenda.TrackDetails;
import org.summit.shared.LocalizedText;

/**
 * The programme of the 2016 summit, two days, built through the agenda's own service like any organiser's and
 * published as release 1, in one transaction. Invented after the real summit's outline: opening and keynotes, a
 * forum on smart-city industry development and one on smart-city governance, city sharing sessions, exchange blocks,
 * the mayors' roundtable and the declaration signing, with the demo delegations' members as speakers.
 */
@Singleton
class DemoProgramme {

    private static final LocalDate DAY_1 = LocalDate.of(2016, 3, 23);
    private static final LocalDate DAY_2 = LocalDate.of(2016, 3, 24);

    private final AgendaService agenda;

    DemoProgramme(AgendaService agenda) {
        this.agenda = agenda;
    }

    /** Builds the rooms, tracks and sessions and publishes them: all of it, or (on any failure) nothing. */
    @Transactional
    public PublishedAgenda load(Summit summit, Map<String, AgendaDelegate> people) {
        UUID id = summit.id();
        Room hall = agenda.addRoom(id, room("大會堂", "Main Hall", 1200, true));
        Room r401 = agenda.addRoom(id, room("401 會議室", "Room 401", 300, true));
        Room r402 = agenda.addRoom(id, room("402 會議室", "Room 402", 300, true));
        Room lounge = agenda.addRoom(id, room("城市交流廳", "City Exchange Lounge", 80, false));
        Track industry =
                agenda.addTrack(id, new TrackDetails(LocalizedText.of("智慧城市產業發展", "Smart-city industry development")));
        Track governance = agenda.addTrack(id, new TrackDetails(LocalizedText.of("智慧城市治理", "Smart-city governance")));
        Programme p = new Programme(id, people);

        p.add(
                "開幕典禮",
                "Opening ceremony",
                null,
                SessionType.CEREMONY,
                null,
                hall,
                DAY_1,
                "09:00",
                "09:30",
                null,
                "Lin Chih-ming");
        p.add(
                "主題演講：臺北，一座城市生活實驗室",
                "Keynote: Taipei, a city as a living lab",
                LocalizedText.of(
                        "臺北市如何以開放資料、智慧路燈與市民參與，將整座城市變成可試驗新服務的場域。",
                        "How Taipei turns the whole city into a testbed for new services, with open data, smart street"
                                + " lights and its citizens."),
                SessionType.KEYNOTE,
                null,
                hall,
                DAY_1,
                "09:30",
                "10:00",
                null,
                "Lin Chih-ming");
        p.add(
                "主題演講：恩荷芬的開放創新",
                "Keynote: open innovation in Eindhoven",
                LocalizedText.of(
                        "產官學攜手的「三螺旋」模式，如何讓一座工業城市轉型為智慧科技重鎮。",
                        "How the triple helix of industry, government and universities turned an industrial city into"
                                + " a hub of smart technology."),
                SessionType.KEYNOTE,
                null,
                hall,
                DAY_1,
                "10:00",
                "10:30",
                null,
                "Johan de Vries");
        p.add("茶敘", "Coffee break", null, SessionType.BREAK, null, hall, DAY_1, "10:30", "10:50", null);
        p.add(
                "智慧城市產業發展論壇",
                "Forum: smart-city industry development",
                LocalizedText.of(
                        "城市如何成為新創與產業的首購者與試驗場，並帶動跨國合作。",
                        "Cities as first customers and testbeds for start-ups and industry, and how that leads to"
                                + " partnerships across borders."),
                SessionType.FORUM,
                industry,
                hall,
                DAY_1,
                "10:50",
                "12:20",
                "Chen Yi-chun",
                "Sanne Bakker",
                "James Taylor",
                "Giulia Romano");
        p.add("午餐", "Lunch", null, SessionType.BREAK, null, hall, DAY_1, "12:20", "13:30", null);
        p.add(
                "城市分享（一）",
                "City sharing I",
                null,
                SessionType.CITY_SHARING,
                null,
                r401,
                DAY_1,
                "13:30",
                "15:00",
                "Alex Rivera",
                "Claire Martin",
                "Tomáš Novák",
                "Wang Chien-kuo");
        p.add(
                "城市交流時段（一）",
                "Exchange block I",
                null,
                SessionType.EXCHANGE_BLOCK,
                null,
                lounge,
                DAY_1,
                "13:30",
                "15:00",
                null);
        p.add("茶敘", "Coffee break", null, SessionType.BREAK, null, hall, DAY_1, "15:00", "15:20", null);
        p.add(
                "座談：開放資料與市民參與",
                "Panel: open data and citizen participation",
                LocalizedText.of(
                        "從參與式預算到開放資料平臺：讓市民共同設計城市服務的經驗。",
                        "From participatory budgets to open data platforms: cities on designing services with their"
                                + " citizens."),
                SessionType.PANEL,
                governance,
                r402,
                DAY_1,
                "15:20",
                "16:50",
                "Sanne Bakker",
                "Noa Levi",
                "Carlos García",
                "Huang Mei-ling");

        p.add(
                "主題演講：奧蘭多的智慧交通與觀光",
                "Keynote: smart mobility and tourism in Orlando",
                null,
                SessionType.KEYNOTE,
                null,
                hall,
                DAY_2,
                "09:00",
                "09:30",
                null,
                "Robert Hayes");
        p.add(
                "智慧城市治理論壇",
                "Forum: smart-city governance",
                LocalizedText.of(
                        "資料治理、隱私與資安：城市如何在創新與信任之間取得平衡。",
                        "Data governance, privacy and security: how cities balance innovation and trust."),
                SessionType.FORUM,
                governance,
                hall,
                DAY_2,
                "09:30",
                "11:00",
                "Lin Chih-ming",
                "Claire Martin",
                "Noa Levi",
                "Wang Chien-kuo");
        p.add("茶敘", "Coffee break", null, SessionType.BREAK, null, hall, DAY_2, "11:00", "11:20", null);
        p.add(
                "城市分享（二）",
                "City sharing II",
                null,
                SessionType.CITY_SHARING,
                null,
                r401,
                DAY_2,
                "11:20",
                "12:30",
                "Sanne Bakker",
                "Ahmad Rahman",
                "Huang Mei-ling",
                "Alex Rivera");
        p.add(
                "城市交流時段（二）",
                "Exchange block II",
                null,
                SessionType.EXCHANGE_BLOCK,
                null,
                lounge,
                DAY_2,
                "11:20",
                "12:30",
                null);
        p.add("午餐", "Lunch", null, SessionType.BREAK, null, hall, DAY_2, "12:30", "14:00", null);
        // While the mayors hold their roundtable, their delegations meet: the one block when every demo delegate with
        // a login (Alex Rivera, Sanne Bakker) is free of sessions, so that their exchanges can be scheduled.
        p.add(
                "城市交流時段（三）",
                "Exchange block III",
                null,
                SessionType.EXCHANGE_BLOCK,
                null,
                lounge,
                DAY_2,
                "14:00",
                "15:30",
                null);
        p.add(
                "市長圓桌：共同宣言",
                "Mayors' roundtable: the joint declaration",
                null,
                SessionType.PANEL,
                null,
                hall,
                DAY_2,
                "14:00",
                "15:30",
                "Chen Yi-chun",
                "Lin Chih-ming",
                "Robert Hayes",
                "Johan de Vries",
                "Tomáš Novák",
                "Noa Levi");
        p.add(
                "智慧城市宣言簽署儀式",
                "Signing of the Smart City Declaration",
                null,
                SessionType.CEREMONY,
                null,
                hall,
                DAY_2,
                "15:30",
                "16:00",
                null,
                "Lin Chih-ming",
                "Claire Martin",
                "Robert Hayes",
                "Johan de Vries",
                "Tomáš Novák",
                "Noa Levi",
                "Wang Chien-kuo",
                "Huang Mei-ling");
        p.add("閉幕", "Closing", null, SessionType.CEREMONY, null, hall, DAY_2, "16:00", "16:30", null, "Lin Chih-ming");
        return agenda.publish(id);
    }

    private static RoomDetails room(String zhHant, String en, int capacity, boolean interpretation) {
        return new RoomDetails(
                LocalizedText.of(zhHant, en), capacity, interpretation, LocalTime.of(8, 0), LocalTime.of(19, 0));
    }

    /**
     * Adds sessions with their people named as the demo names them. A session is held in its first speaker's
     * language (or its moderator's): in zh-Hant when they speak Chinese, in English otherwise; the host's language
     * when nobody is on stage.
     */
    private final class Programme {
        private final UUID summitId;
        private final Map<String, AgendaDelegate> people;

        Programme(UUID summitId, Map<String, AgendaDelegate> people) {
            this.summitId = summitId;
            this.people = people;
        }

        void add(
                String zhHant,
                String en,
                LocalizedText summary,
                SessionType type,
                Track track,
                Room room,
                LocalDate day,
                String from,
                String to,
                String moderator,
                String... speakers) {
            List<UUID> speakerIds =
                    Arrays.stream(speakers).map(name -> people.get(name).id()).toList();
            agenda.schedule(
                    summitId,
                    new SessionDetails(
                            LocalizedText.of(zhHant, en),
                            summary,
                            type,
                            language(speakers.length > 0 ? speakers[0] : moderator),
                            track == null ? null : track.id(),
                            room.id(),
                            LocalDateTime.of(day, LocalTime.parse(from)),
                            LocalDateTime.of(day, LocalTime.parse(to)),
                            speakerIds,
                            moderator == null ? null : people.get(moderator).id()),
                    false);
        }

        private String language(String person) {
            if (person == null) {
                return "zh-Hant";
            }
            return people.get(person).languageTags().stream().anyMatch(tag -> tag.startsWith("zh")) ? "zh-Hant" : "en";
        }
    }
}
