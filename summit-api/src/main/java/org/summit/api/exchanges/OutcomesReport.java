package org.summit.api.exchanges;

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
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.summit.api.exchanges.ExchangeViews.Action;
import org.summit.api.exchanges.ExchangeViews.ExchangeView;
import org.summit.api.exchanges.ExchangeViews.OutcomeView;
import org.summit.api.exchanges.ExchangeViews.PartyView;
import org.summit.api.pdf.PdfFonts;
import org.summit.shared.csv.CsvExport;

/**
 * Every agreed exchange's outcomes, for organisers after the summit: as CSV (one row per city's outcome, UTF-8 with
 * a byte-order mark so that Excel reads the Chinese) and as a bilingual A4 report to read and print.
 */
@Singleton
class OutcomesReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color RULE = new Color(0xd0, 0xd5, 0xdd);
    private static final Color HEADING = new Color(0xee, 0xf1, 0xf6);
    static final List<String> COLUMNS = List.of(
            "exchange",
            "status",
            "topic_zh_hant",
            "topic_en",
            "cities_zh_hant",
            "cities_en",
            "starts_at",
            "ends_at",
            "place_en",
            "outcome_city",
            "summary",
            "mou_intended",
            "follow_up_actions");

    private final PdfFonts fonts;

    OutcomesReport(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The CSV file, with its byte-order mark. */
    byte[] csv(List<ExchangeView> exchanges) {
        List<List<?>> rows = new ArrayList<>();
        for (ExchangeView exchange : exchanges) {
            List<PartyView> attending = attending(exchange);
            String zhCities =
                    attending.stream().map(city -> city.cityName().zhHant()).collect(Collectors.joining("、"));
            String enCities =
                    attending.stream().map(city -> city.cityName().en()).collect(Collectors.joining(", "));
            List<OutcomeView> outcomes = exchange.outcomes();
            if (outcomes.isEmpty()) {
                outcomes = new ArrayList<>();
                outcomes.add(null);
            }
            for (OutcomeView outcome : outcomes) {
                rows.add(List.of(
                        exchange.id().toString(),
                        exchange.status(),
                        exchange.topic().zhHant(),
                        exchange.topic().en(),
                        zhCities,
                        enCities,
                        exchange.placement() == null
                                ? ""
                                : exchange.placement().startsAt().toString(),
                        exchange.placement() == null
                                ? ""
                                : exchange.placement().endsAt().toString(),
                        exchange.placement() == null || exchange.placement().place() == null
                                ? ""
                                : exchange.placement().place().en(),
                        outcome == null ? "" : outcome.cityName().en(),
                        outcome == null ? "" : outcome.summary(),
                        outcome == null ? "" : (outcome.mouIntended() ? "yes" : "no"),
                        outcome == null
                                ? ""
                                : outcome.actions().stream()
                                        .map(OutcomesReport::action)
                                        .collect(Collectors.joining("\n"))));
            }
        }
        return ("\uFEFF" + CsvExport.write(COLUMNS, rows)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The bilingual report: each agreed exchange with its time, place, cities and every city's outcome. */
    byte[] pdf(List<ExchangeView> exchanges, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 40, 44);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer());
        document.addTitle("城市交流成果 Exchange outcomes");
        document.addCreator("Summit");
        document.open();
        Paragraph title = new Paragraph("城市交流成果", fonts.bold(18));
        title.add(Chunk.NEWLINE);
        title.add(new Chunk("Exchange outcomes", fonts.bold(14)));
        document.add(title);
        long recorded = exchanges.stream()
                .filter(exchange -> !exchange.outcomes().isEmpty())
                .count();
        Paragraph about = new Paragraph(
                "共 " + exchanges.size() + " 場交流，" + recorded + " 場已記錄成果 · " + exchanges.size()
                        + " exchanges, " + recorded + " with outcomes recorded\n"
                        + "製表時間 Generated " + WHEN.format(now.atZone(ZoneOffset.UTC)) + " UTC",
                fonts.regular(9, MUTED));
        about.setSpacingBefore(6);
        about.setSpacingAfter(10);
        document.add(about);
        for (ExchangeView exchange : exchanges) {
            document.add(exchange(exchange));
        }
        if (exchanges.isEmpty()) {
            document.add(new Paragraph("尚無已議定的交流。 No exchange has been agreed yet.", fonts.regular(11)));
        }
        document.close();
        return out.toByteArray();
    }

    private PdfPTable exchange(ExchangeView exchange) {
        PdfPTable table = new PdfPTable(new float[] {22, 78});
        table.setWidthPercentage(100);
        table.setSpacingAfter(12);
        table.setKeepTogether(true);
        PdfPCell heading = new PdfPCell();
        heading.setColspan(2);
        heading.setBackgroundColor(HEADING);
        heading.setBorderColor(RULE);
        heading.setPadding(6);
        Phrase headingText = new Phrase(14f);
        headingText.add(new Chunk(exchange.title().zhHant() + "\n", fonts.bold(11)));
        headingText.add(new Chunk(exchange.title().en(), fonts.regular(10)));
        heading.addElement(headingText);
        table.addCell(heading);
        String when = exchange.placement() == null
                ? "尚未排定 Not placed"
                : exchange.placement().startsAt().toLocalDate() + " "
                        + HOUR.format(exchange.placement().startsAt()) + "–"
                        + HOUR.format(exchange.placement().endsAt())
                        + (exchange.placement().place() == null
                                ? ""
                                : "\n" + exchange.placement().place().zhHant() + "\n"
                                        + exchange.placement().place().en());
        table.addCell(cell(new Phrase("時間地點\nWhen, where", fonts.regular(9, MUTED))));
        table.addCell(cell(new Phrase(when, fonts.regular(10))));
        if (exchange.outcomes().isEmpty()) {
            table.addCell(cell(new Phrase("成果\nOutcome", fonts.regular(9, MUTED))));
            table.addCell(cell(new Phrase("尚無成果紀錄 No outcome recorded yet", fonts.regular(10, MUTED))));
        }
        for (OutcomeView outcome : exchange.outcomes()) {
            table.addCell(cell(new Phrase(
                    outcome.cityName().zhHant() + "\n" + outcome.cityName().en(), fonts.bold(10))));
            Phrase text = new Phrase(13.5f);
            text.add(new Chunk(outcome.summary() + "\n", fonts.regular(10)));
            text.add(new Chunk(
                    outcome.mouIntended() ? "擬簽署合作備忘錄 MoU intended\n" : "未擬簽署合作備忘錄 No MoU intended\n",
                    fonts.regular(9, MUTED)));
            for (Action action : outcome.actions()) {
                text.add(new Chunk("• " + action(action) + "\n", fonts.regular(9)));
            }
            table.addCell(cell(text));
        }
        return table;
    }

    private static List<PartyView> attending(ExchangeView exchange) {
        return exchange.cities().stream()
                .filter(city -> "accepted".equals(city.answer()))
                .toList();
    }

    private static String action(Action action) {
        return action.action() + " — " + action.owner() + (action.due() == null ? "" : " (" + action.due() + ")");
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setPaddingBottom(7);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase("城市交流成果 · Exchange outcomes", fonts.regular(8, MUTED)),
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
