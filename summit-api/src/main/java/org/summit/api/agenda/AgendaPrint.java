package org.summit.api.agenda;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.summit.agenda.PublishedAgenda;
import org.summit.agenda.PublishedAgenda.PublishedPerson;
import org.summit.agenda.PublishedAgenda.PublishedRoom;
import org.summit.agenda.PublishedAgenda.PublishedSession;
import org.summit.agenda.PublishedAgenda.PublishedTrack;
import org.summit.api.pdf.PdfFonts;
import org.summit.shared.LocalizedText;

/**
 * A release of the programme as a printable A4 PDF in both languages at once, as a bilingual summit's printed
 * programme is: for each day a table of the sessions by start, each with its time, its title in Traditional Chinese
 * then English, its type, track and language, its speakers and moderator, and its room in both languages.
 */
final class AgendaPrint {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ZH_DAY =
            DateTimeFormatter.ofPattern("y年M月d日（E）", Locale.TRADITIONAL_CHINESE);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM y", Locale.ENGLISH);
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color RULE = new Color(0xd0, 0xd5, 0xdd);
    private static final Color HEADING = new Color(0xee, 0xf1, 0xf6);

    private static final Map<String, LocalizedText> TYPES = Map.of(
            "KEYNOTE", LocalizedText.of("專題演講", "Keynote"),
            "PANEL", LocalizedText.of("座談", "Panel"),
            "FORUM", LocalizedText.of("論壇", "Forum"),
            "CITY_SHARING", LocalizedText.of("城市分享", "City sharing"),
            "EXCHANGE_BLOCK", LocalizedText.of("城市交流時段", "Exchange block"),
            "CEREMONY", LocalizedText.of("典禮", "Ceremony"),
            "BREAK", LocalizedText.of("休息", "Break"));
    private static final Map<String, LocalizedText> LANGUAGES = Map.of(
            "zh-Hant", LocalizedText.of("華語", "Chinese"),
            "en", LocalizedText.of("英語", "English"));

    private final PdfFonts fonts;

    AgendaPrint(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(PublishedAgenda release, LocalizedText summitName, LocalizedText venue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 44);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(summitName, release.release()));
        document.addTitle(summitName.zhHant() + " " + summitName.en());
        document.addSubject("議程 Programme, release " + release.release());
        document.addCreator("Summit");
        document.open();

        Paragraph title = new Paragraph(summitName.zhHant(), fonts.bold(18));
        title.add(Chunk.NEWLINE);
        title.add(new Chunk(summitName.en(), fonts.bold(14)));
        document.add(title);
        Paragraph about = new Paragraph(
                venue.zhHant() + "　" + venue.en() + "\n"
                        + "議程第 " + release.release() + " 版 · Programme release " + release.release()
                        + "　" + PUBLISHED.format(release.publishedAt().atZone(ZoneId.of(release.timeZone())))
                        + "（" + release.timeZone() + "）\n"
                        + "時間皆為大會當地時間 · All times are local to the summit (" + release.timeZone() + ")",
                fonts.regular(9, MUTED));
        about.setSpacingBefore(6);
        about.setSpacingAfter(10);
        document.add(about);

        Map<String, PublishedRoom> rooms =
                release.rooms().stream().collect(Collectors.toMap(PublishedRoom::id, Function.identity()));
        Map<String, PublishedTrack> tracks =
                release.tracks().stream().collect(Collectors.toMap(PublishedTrack::id, Function.identity()));
        Map<LocalDate, List<PublishedSession>> days = new TreeMap<>(release.sessions().stream()
                .sorted(Comparator.comparing(PublishedSession::startsAt).thenComparing(PublishedSession::roomId))
                .collect(Collectors.groupingBy(session -> session.startsAt().toLocalDate())));
        boolean first = true;
        for (Map.Entry<LocalDate, List<PublishedSession>> day : days.entrySet()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            Paragraph heading = new Paragraph(ZH_DAY.format(day.getKey()), fonts.bold(13));
            heading.add(new Chunk("　" + EN_DAY.format(day.getKey()), fonts.regular(11)));
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(table(day.getValue(), rooms, tracks));
        }
        if (days.isEmpty()) {
            document.add(new Paragraph("本版議程沒有場次。 This release has no sessions.", fonts.regular(11)));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable table(
            List<PublishedSession> sessions, Map<String, PublishedRoom> rooms, Map<String, PublishedTrack> tracks) {
        PdfPTable table = new PdfPTable(new float[] {14, 62, 24});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("時間 Time", "場次 Session", "地點 Room")) {
            PdfPCell cell = new PdfPCell(new Phrase(header, fonts.bold(9)));
            cell.setBackgroundColor(HEADING);
            cell.setBorderColor(RULE);
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (PublishedSession session : sessions) {
            table.addCell(cell(new Phrase(
                    HOUR.format(session.startsAt()) + "–" + HOUR.format(session.endsAt()), fonts.regular(10))));
            table.addCell(cell(about(session, tracks)));
            PublishedRoom room = rooms.get(session.roomId());
            Phrase where = new Phrase();
            if (room != null) {
                where.add(new Chunk(room.name().zhHant() + "\n", fonts.regular(10)));
                where.add(new Chunk(room.name().en(), fonts.regular(9, MUTED)));
                if (room.interpretation()) {
                    where.add(new Chunk("\n同步口譯 Interpretation", fonts.regular(8, MUTED)));
                }
            }
            table.addCell(cell(where));
        }
        return table;
    }

    private Phrase about(PublishedSession session, Map<String, PublishedTrack> tracks) {
        Phrase about = new Phrase(13.5f);
        about.add(new Chunk(text(session.title(), true) + "\n", fonts.bold(10.5f)));
        about.add(new Chunk(text(session.title(), false) + "\n", fonts.regular(10)));
        List<String> tags = new ArrayList<>();
        LocalizedText type = TYPES.get(session.type());
        if (type != null) {
            tags.add(type.zhHant() + " " + type.en());
        }
        PublishedTrack track = session.trackId() == null ? null : tracks.get(session.trackId());
        if (track != null) {
            tags.add(track.name().zhHant() + " " + track.name().en());
        }
        LocalizedText language = session.language() == null ? null : LANGUAGES.get(session.language());
        if (language != null) {
            tags.add(language.zhHant() + " " + language.en());
        }
        about.add(new Chunk(String.join(" · ", tags), fonts.regular(8, MUTED)));
        if (!session.speakers().isEmpty()) {
            about.add(new Chunk(
                    "\n講者 Speakers: "
                            + session.speakers().stream().map(AgendaPrint::name).collect(Collectors.joining("、")),
                    fonts.regular(9)));
        }
        if (session.moderator() != null) {
            about.add(new Chunk("\n主持 Moderator: " + name(session.moderator()), fonts.regular(9)));
        }
        return about;
    }

    private static String name(PublishedPerson person) {
        return person.name().zhHant().equals(person.name().en())
                ? person.name().en()
                : person.name().zhHant() + " " + person.name().en();
    }

    /** A text in one language, or in the other where a draft left it out (releases are fully translated). */
    private static String text(LocalizedText text, boolean chinese) {
        String wanted = chinese ? text.zhHant() : text.en();
        return wanted != null ? wanted : chinese ? text.en() : text.zhHant();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** The summit's name and the page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final LocalizedText summitName;
        private final int release;

        Footer(LocalizedText summitName, int release) {
            this.summitName = summitName;
            this.release = release;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(
                            summitName.zhHant() + " · " + summitName.en() + " · r" + release, fonts.regular(8, MUTED)),
                    document.leftMargin(),
                    24,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(
                            "第 " + writer.getPageNumber() + " 頁 · Page " + writer.getPageNumber(),
                            fonts.regular(8, MUTED)),
                    page.getWidth() - document.rightMargin(),
                    24,
                    0);
        }
    }
}
