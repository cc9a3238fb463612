package org.summit.api.ceremony;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import com.lowagie.text.pdf.draw.LineSeparator;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.summit.api.pdf.PdfFonts;
import org.summit.ceremony.DeclarationText;
import org.summit.ceremony.SealedRecord;
import org.summit.ceremony.SealedRecord.SignatureRecord;
import org.summit.ceremony.SealedRecord.SignedBatch;
import org.summit.events.ceremony.StrokePoint;
import org.summit.shared.LocalizedText;

/**
 * The sealed declaration as an A4 PDF that proves itself: the declaration in both language versions as authored
 * (Traditional Chinese first), then a signature block per signatory in signing order with the signature drawn as
 * vector strokes (or the signatory's absence), then the seal: its fingerprint, time, the ceremony's name and a QR
 * code of the verification page. The canonical sealed record travels inside the file as the attachment {@value
 * #RECORD_FILE}, so that verification of an uploaded copy can recompute the fingerprint from the file alone.
 *
 * <p>The output is the same for the same record, except for the six-letter tag OpenPDF puts before the embedded font
 * subsets' names, which it draws at random: dates are the seal's time and the file identifier comes from the
 * fingerprint.
 */
@Singleton
final class SealedDeclarationPdf {

    /** The name of the embedded canonical record. */
    static final String RECORD_FILE = "sealed-record.json";

    /** Larger uploads are not read: a sealed declaration of a few dozen signatures is well under a megabyte. */
    static final int MAX_PDF_BYTES = 32 * 1024 * 1024;

    /** The most an embedded record may inflate to, so a crafted stream cannot exhaust memory. */
    static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    /** Signature blocks per page: two columns of four rows. */
    static final int BLOCKS_PER_PAGE = 8;

    private static final Logger LOG = LoggerFactory.getLogger(SealedDeclarationPdf.class);

    private static final Rectangle PAGE = PageSize.A4;
    private static final float MARGIN = 48;
    private static final float COLUMN_GAP = 20;
    private static final float BLOCK_WIDTH = (PAGE.getWidth() - 2 * MARGIN - COLUMN_GAP) / 2;
    private static final float BLOCK_HEIGHT = 172;
    private static final float GRID_TOP = PAGE.getHeight() - MARGIN - 34;
    private static final float AREA_INSET = 10;
    private static final float AREA_TOP_OFFSET = 36;
    private static final float SEAL_HEIGHT = 215;
    private static final float QR_SIZE = 132;
    private static final int QR_QUIET_MODULES = 4;
    private static final int MAX_NAME_TREE_NODES = 1_000;

    /** Dark blue-black ink, as a pen's: far darker than any grey of the layout. */
    static final Color INK = new Color(0x12, 0x1c, 0x4a);

    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color FAINT = new Color(0x99, 0x99, 0x99);
    private static final Color RULE = new Color(0xd0, 0xd5, 0xdd);

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM y", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("y年M月d日", Locale.ROOT);

    private final PdfFonts fonts;

    SealedDeclarationPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Writes the sealed declaration.
     *
     * @param record the sealed record, fingerprint included
     * @param canonicalRecordJson the record's canonical JSON, embedded as {@value #RECORD_FILE}
     * @param verificationUrl the public verification page of this seal, printed and encoded in the QR code
     */
    byte[] render(SealedRecord record, String canonicalRecordJson, URI verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN + 16);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(record));
        DeclarationText zh = record.declaration().zhHant();
        DeclarationText en = record.declaration().en();
        document.addTitle(zh.title() + " · " + en.title());
        document.addSubject("封存宣言 Sealed declaration · " + record.name().zhHant() + " · "
                + record.name().en());
        document.addKeywords("SHA-256 " + record.fingerprint());
        document.addCreator("Summit");
        document.open();

        LocalDate signedOn = record.declaration().signedOn();
        text(document, zh, zh.place() + "，" + ZH_DATE.format(signedOn), "．");
        Chunk rule = new Chunk(new LineSeparator(0.5f, 60, RULE, Element.ALIGN_CENTER, 0));
        // A separator is a chunk of one placeholder character, in Helvetica (not embedded) unless told otherwise.
        rule.setFont(fonts.regular(10.5f));
        Paragraph divider = new Paragraph(rule);
        divider.setSpacingBefore(6);
        divider.setSpacingAfter(14);
        document.add(divider);
        text(document, en, en.place() + ", " + EN_DATE.format(signedOn), ". ");

        PdfContentByte canvas = writer.getDirectContent();
        List<SignatureRecord> signatures = orEmpty(record.signatures());
        int rowsOnLastPage = signatureBlocks(document, canvas, signatures);
        float sealTop = GRID_TOP - rowsOnLastPage * BLOCK_HEIGHT - 6;
        if (signatures.isEmpty() || sealTop - SEAL_HEIGHT < MARGIN + 16) {
            document.newPage();
            sealTop = PAGE.getHeight() - MARGIN;
        }
        seal(canvas, record, verificationUrl, sealTop);

        Instant sealedAt = record.sealedAt();
        attach(writer, canonicalRecordJson, sealedAt);
        // Fixed metadata where OpenPDF allows: the seal's time rather than the time of rendering, and a file
        // identifier from the fingerprint (OpenPDF takes one from the Info dictionary) rather than a random one.
        PdfDate sealed = pdfDate(sealedAt);
        writer.getInfo().put(PdfName.CREATIONDATE, sealed);
        writer.getInfo().put(PdfName.MODDATE, sealed);
        byte[] id = HexFormat.of().parseHex(record.fingerprint().substring(0, 32));
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        document.close();
        return out.toByteArray();
    }

    /**
     * The canonical record embedded in a PDF this class wrote, as it was embedded; empty for anything else: a file
     * that is not a PDF, a PDF without the record, an encrypted, damaged or oversized one. Never throws, since it
     * reads what anyone uploads.
     */
    Optional<String> embeddedRecord(@Nullable byte[] pdf) {
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_PDF_BYTES) {
            return Optional.empty();
        }
        PdfReader reader = null;
        try {
            // Partial reading: only the objects on the way to the attachment are parsed, not the whole file.
            reader = new PdfReader(new RandomAccessFileOrArray(pdf), null);
            if (reader.isEncrypted()) {
                return Optional.empty();
            }
            return recordStream(reader.getCatalog()).flatMap(SealedDeclarationPdf::decoded);
        } catch (IOException | RuntimeException e) {
            LOG.debug("No sealed record in an uploaded file: {}", e.toString());
            return Optional.empty();
        } catch (StackOverflowError e) {
            // OpenPDF's parser recurses into nested arrays and dictionaries; a crafted file can nest them deeply.
            LOG.debug("No sealed record in an uploaded file: it nests too deeply");
            return Optional.empty();
        } finally {
            if (reader != null) {
                reader.close();
            }
        }
    }

    /**
     * Where signature block {@code indexOnPage} (0 to {@link #BLOCKS_PER_PAGE} - 1, left to right, top to bottom)
     * draws its signature on its page: the 5:2 area that a stroke point's x and y (0 to 1, y down) span.
     */
    static Rectangle signatureArea(int indexOnPage) {
        float left = MARGIN + (indexOnPage % 2) * (BLOCK_WIDTH + COLUMN_GAP) + AREA_INSET;
        float top = GRID_TOP - (float) (indexOnPage / 2) * BLOCK_HEIGHT - AREA_TOP_OFFSET;
        float width = BLOCK_WIDTH - 2 * AREA_INSET;
        return new Rectangle(left, top - width * 2 / 5, left + width, top);
    }

    private void text(Document document, DeclarationText version, String placeAndDate, String numberSuffix) {
        Paragraph title = new Paragraph(version.title(), fonts.bold(17));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(12);
        document.add(title);
        if (version.preamble() != null && !version.preamble().isBlank()) {
            Paragraph preamble = new Paragraph(17, version.preamble(), fonts.regular(10.5f));
            preamble.setSpacingAfter(8);
            document.add(preamble);
        }
        // A numbered list hangs its numbers in the margin, each article's lines aligned after them.
        com.lowagie.text.List articles = new com.lowagie.text.List(com.lowagie.text.List.ORDERED, 22);
        articles.setListSymbol(new Chunk("", fonts.regular(10.5f)));
        articles.setPostSymbol(numberSuffix);
        for (String text : orEmpty(version.articles())) {
            ListItem article = new ListItem(17, text, fonts.regular(10.5f));
            article.setSpacingAfter(5);
            articles.add(article);
        }
        document.add(articles);
        Paragraph place = new Paragraph(placeAndDate, fonts.regular(10.5f));
        place.setAlignment(Element.ALIGN_RIGHT);
        place.setSpacingBefore(8);
        document.add(place);
    }

    /** Draws the blocks, eight to a page; returns how many rows the last page holds. */
    private int signatureBlocks(Document document, PdfContentByte canvas, List<SignatureRecord> signatures) {
        List<SignatureRecord> inOrder = new ArrayList<>(signatures);
        inOrder.sort(Comparator.comparingInt(SignatureRecord::position));
        int rows = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            int indexOnPage = i % BLOCKS_PER_PAGE;
            if (indexOnPage == 0) {
                document.newPage();
                heading(canvas, "簽署 Signatures", PAGE.getHeight() - MARGIN);
            }
            block(canvas, inOrder.get(i), indexOnPage);
            rows = indexOnPage / 2 + 1;
        }
        return rows;
    }

    private void heading(PdfContentByte canvas, String text, float top) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, fonts.bold(13)), MARGIN, top - 14, 0);
    }

    private void block(PdfContentByte canvas, SignatureRecord signature, int indexOnPage) {
        Rectangle area = signatureArea(indexOnPage);
        float left = area.getLeft() - AREA_INSET;
        float right = area.getRight() + AREA_INSET;
        float top = area.getTop() + AREA_TOP_OFFSET;

        Font city = fonts.bold(11);
        column(
                canvas,
                left,
                area.getTop() + 2,
                right,
                top,
                paragraph(signature.cityName().zhHant(), city, 14),
                paragraph(signature.cityName().en(), fonts.regular(9.5f, MUTED), 12));

        canvas.saveState();
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(area.getLeft(), area.getBottom());
        canvas.lineTo(area.getRight(), area.getBottom());
        canvas.stroke();
        canvas.restoreState();

        boolean absent = "absent".equals(signature.status());
        if (absent) {
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase("缺席 / absent", fonts.regular(13, FAINT)),
                    (area.getLeft() + area.getRight()) / 2,
                    (area.getBottom() + area.getTop()) / 2 - 4,
                    0);
        } else {
            strokes(canvas, area, orEmpty(signature.batches()));
        }

        List<Paragraph> below = new ArrayList<>();
        below.add(paragraph(bilingual(signature.name()), fonts.regular(10), 13));
        if (signature.title() != null) {
            below.add(paragraph(bilingual(signature.title(), " · "), fonts.regular(8.5f, MUTED), 11));
        }
        if (!absent && signature.confirmedAt() != null) {
            below.add(paragraph(
                    "簽署時間 Signed at " + signature.confirmedAt().truncatedTo(ChronoUnit.SECONDS) + " (UTC)",
                    fonts.regular(7.5f, MUTED),
                    10));
        }
        column(canvas, left, top - BLOCK_HEIGHT + 4, right, area.getBottom() - 2, below.toArray(Paragraph[]::new));
    }

    /**
     * Draws a signature as the pen drew it: each stroke a smooth path through its points (quadratic curves between
     * the midpoints of successive points), with round caps and joins, its width following the pen's pressure.
     */
    private static void strokes(PdfContentByte canvas, Rectangle area, List<SignedBatch> batches) {
        Map<Integer, List<StrokePoint>> strokes = new LinkedHashMap<>();
        batches.stream()
                .sorted(Comparator.comparingLong(SignedBatch::seq))
                .flatMap(batch -> orEmpty(batch.points()).stream())
                .forEach(point -> strokes.computeIfAbsent(point.s(), s -> new ArrayList<>())
                        .add(point));
        canvas.saveState();
        canvas.setColorStroke(INK);
        canvas.setColorFill(INK);
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (List<StrokePoint> stroke : strokes.values()) {
            new Pen(canvas, area).draw(stroke);
        }
        canvas.restoreState();
    }

    private void seal(PdfContentByte canvas, SealedRecord record, URI verificationUrl, float top) {
        heading(canvas, "封存 Sealed", top);
        float qrTop = top - 24;
        qrCode(canvas, verificationUrl, MARGIN, qrTop);
        float textLeft = MARGIN + QR_SIZE + 14;
        float right = PAGE.getWidth() - MARGIN;
        column(
                canvas,
                textLeft,
                qrTop - QR_SIZE,
                right,
                qrTop - 4,
                paragraph("典禮 Ceremony", fonts.regular(8, MUTED), 10),
                paragraph(record.name().zhHant(), fonts.bold(10.5f), 14),
                paragraph(record.name().en(), fonts.regular(10), 14),
                paragraph("封存時間 Sealed at (UTC)", fonts.regular(8, MUTED), 14),
                paragraph(record.sealedAt().toString() + " UTC", fonts.regular(10), 14),
                paragraph("驗證 Verification", fonts.regular(8, MUTED), 14),
                paragraph(verificationUrl.toString(), fonts.regular(9), 12));
        column(
                canvas,
                MARGIN,
                top - SEAL_HEIGHT,
                right,
                qrTop - QR_SIZE - 2,
                paragraph("指紋 Fingerprint (SHA-256)", fonts.regular(8, MUTED), 10),
                paragraph(record.fingerprint(), fonts.regular(9.5f), 14),
                paragraph(
                        "本檔附有封存紀錄 " + RECORD_FILE + "，驗證時據以重新計算指紋。"
                                + " This file carries its sealed record (" + RECORD_FILE
                                + "), from which verification recomputes the fingerprint.",
                        fonts.regular(7.5f, MUTED),
                        11));
    }

    /** The verification URL as a QR code, its dark modules as filled squares (one path, so no seams between them). */
    private static void qrCode(PdfContentByte canvas, URI url, float left, float top) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(url.toString(), ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("A QR code cannot hold " + url, e);
        }
        float module = QR_SIZE / (matrix.getWidth() + 2 * QR_QUIET_MODULES);
        float originX = left + QR_QUIET_MODULES * module;
        float originY = top - QR_QUIET_MODULES * module;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (matrix.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < matrix.getWidth() && matrix.get(run, y) == 1) {
                    run++;
                }
                canvas.rectangle(originX + x * module, originY - (y + 1) * module, (run - x) * module, module);
                x = run;
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static void attach(PdfWriter writer, String canonicalRecordJson, Instant sealedAt) {
        PdfDictionary parameters = new PdfDictionary();
        parameters.put(PdfName.MODDATE, pdfDate(sealedAt));
        try {
            PdfFileSpecification file = PdfFileSpecification.fileEmbedded(
                    writer,
                    null,
                    RECORD_FILE,
                    canonicalRecordJson.getBytes(StandardCharsets.UTF_8),
                    "application/json",
                    parameters,
                    PdfStream.BEST_COMPRESSION);
            writer.addFileAttachment(RECORD_FILE, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record's file specification in the document's embedded files, walking at most a bounded name tree. */
    private static Optional<PRStream> recordStream(PdfDictionary catalog) {
        PdfDictionary names = catalog.getAsDict(PdfName.NAMES);
        PdfDictionary root = names == null ? null : names.getAsDict(PdfName.EMBEDDEDFILES);
        if (root == null) {
            return Optional.empty();
        }
        Deque<PdfDictionary> nodes = new ArrayDeque<>();
        nodes.add(root);
        int visited = 0;
        while (!nodes.isEmpty() && visited++ < MAX_NAME_TREE_NODES) {
            PdfDictionary node = nodes.poll();
            PdfArray entries = node.getAsArray(PdfName.NAMES);
            for (int i = 1; entries != null && i < entries.size(); i += 2) {
                PdfDictionary file = entries.getAsDict(i);
                if (file != null && isRecord(file)) {
                    PdfDictionary streams = file.getAsDict(PdfName.EF);
                    PdfObject stream = streams == null ? null : PdfReader.getPdfObject(streams.get(PdfName.F));
                    return stream instanceof PRStream found ? Optional.of(found) : Optional.empty();
                }
            }
            PdfArray kids = node.getAsArray(PdfName.KIDS);
            for (int i = 0; kids != null && i < kids.size(); i++) {
                PdfDictionary kid = kids.getAsDict(i);
                if (kid != null) {
                    nodes.add(kid);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRecord(PdfDictionary file) {
        for (PdfName key : List.of(PdfName.UF, PdfName.F)) {
            PdfString name = file.getAsString(key);
            if (name != null && RECORD_FILE.equals(name.toUnicodeString())) {
                return true;
            }
        }
        return false;
    }

    /** The stream's content, inflated at most to {@link #MAX_RECORD_BYTES}, as strict UTF-8. */
    private static Optional<String> decoded(PRStream stream) {
        try {
            byte[] raw = PdfReader.getStreamBytesRaw(stream);
            PdfObject filter = PdfReader.getPdfObject(stream.get(PdfName.FILTER));
            if (filter instanceof PdfArray filters && filters.size() == 1) {
                filter = PdfReader.getPdfObject(filters.getPdfObject(0));
            }
            byte[] content;
            if (filter == null) {
                content = raw;
            } else if (PdfName.FLATEDECODE.equals(filter) && stream.get(PdfName.DECODEPARMS) == null) {
                content = inflated(raw);
            } else {
                return Optional.empty();
            }
            if (content == null || content.length > MAX_RECORD_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (IOException e) {
            // CharacterCodingException included: not UTF-8, so not a record this application wrote.
            return Optional.empty();
        }
    }

    /** Inflates, or null if the data is not complete deflate data or would inflate beyond the limit. */
    private static @Nullable byte[] inflated(byte[] raw) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, count);
                if (out.size() > MAX_RECORD_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static PdfDate pdfDate(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new PdfDate(calendar);
    }

    /**
     * The list, or an empty one where it is missing: the application's JSON leaves out empty lists and empty texts,
     * so a record read back from its canonical JSON has none where it had an empty one.
     */
    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Paragraph paragraph(String text, Font font, float leading) {
        return new Paragraph(leading, text, font);
    }

    private static void column(
            PdfContentByte canvas, float left, float bottom, float right, float top, Paragraph... paragraphs) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        for (Paragraph paragraph : paragraphs) {
            column.addElement(paragraph);
        }
        // Text that does not fit its box is left out rather than drawn over the next block.
        column.go();
    }

    private static String bilingual(LocalizedText text) {
        return bilingual(text, " ");
    }

    /** Both languages, or one where they are the same (a name written alike in both). */
    private static String bilingual(LocalizedText text, String separator) {
        return text.zhHant().equals(text.en()) ? text.en() : text.zhHant() + separator + text.en();
    }

    /** Draws one stroke, keeping a path open while the width stays the same. */
    private static final class Pen {
        private final PdfContentByte canvas;
        private final Rectangle area;
        private float width = -1;
        private boolean open;

        Pen(PdfContentByte canvas, Rectangle area) {
            this.canvas = canvas;
            this.area = area;
        }

        void draw(List<StrokePoint> stroke) {
            int n = stroke.size();
            if (n == 1) {
                StrokePoint dot = stroke.get(0);
                canvas.circle(x(dot), y(dot), width(dot.p()) / 2);
                canvas.fill();
                return;
            }
            // From the first point to the first midpoint, curves from midpoint to midpoint around each point in
            // between, and from the last midpoint to the last point.
            StrokePoint first = stroke.get(0);
            StrokePoint second = stroke.get(1);
            segment(width((first.p() + second.p()) / 2), x(first), y(first));
            canvas.lineTo(midX(first, second), midY(first, second));
            for (int i = 1; i < n - 1; i++) {
                StrokePoint before = stroke.get(i - 1);
                StrokePoint point = stroke.get(i);
                StrokePoint after = stroke.get(i + 1);
                float fromX = midX(before, point);
                float fromY = midY(before, point);
                float toX = midX(point, after);
                float toY = midY(point, after);
                segment(width(point.p()), fromX, fromY);
                // The quadratic curve through the point's control, as the cubic PDF draws.
                canvas.curveTo(
                        fromX + 2f / 3 * (x(point) - fromX),
                        fromY + 2f / 3 * (y(point) - fromY),
                        toX + 2f / 3 * (x(point) - toX),
                        toY + 2f / 3 * (y(point) - toY),
                        toX,
                        toY);
            }
            StrokePoint penultimate = stroke.get(n - 2);
            StrokePoint last = stroke.get(n - 1);
            segment(width((penultimate.p() + last.p()) / 2), midX(penultimate, last), midY(penultimate, last));
            canvas.lineTo(x(last), y(last));
            canvas.stroke();
            open = false;
        }

        /** Continues the path, or strokes it and starts another where the width changes. */
        private void segment(float segmentWidth, float fromX, float fromY) {
            if (open && segmentWidth == width) {
                return;
            }
            if (open) {
                canvas.stroke();
            }
            width = segmentWidth;
            canvas.setLineWidth(width);
            canvas.moveTo(fromX, fromY);
            open = true;
        }

        /** From a hairline at no pressure to about 1.4% of the block's width at full pressure, in 0.1 pt steps. */
        private float width(double pressure) {
            double clamped = Math.max(0, Math.min(1, pressure));
            return Math.round(area.getWidth() * (0.003 + 0.011 * clamped) * 10) / 10f;
        }

        private float x(StrokePoint point) {
            return area.getLeft() + (float) clamp(point.x()) * area.getWidth();
        }

        private float y(StrokePoint point) {
            return area.getTop() - (float) clamp(point.y()) * area.getHeight();
        }

        private float midX(StrokePoint a, StrokePoint b) {
            return (x(a) + x(b)) / 2;
        }

        private float midY(StrokePoint a, StrokePoint b) {
            return (y(a) + y(b)) / 2;
        }

        /** The stroke gate refuses points outside the block; a stray one is still kept inside it. */
        private static double clamp(double value) {
            return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
        }
    }

    /** The ceremony, the start of the fingerprint and the page number at the foot of every page. */
    private final class Footer extends PdfPageEventHelper {
        private final SealedRecord record;

        Footer(SealedRecord record) {
            this.record = record;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Font font = fonts.regular(7.5f, MUTED);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(record.name().zhHant() + " · " + record.name().en(), font),
                    MARGIN,
                    28,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(
                            "SHA-256 " + record.fingerprint().substring(0, 16) + "… · 第 " + writer.getPageNumber()
                                    + " 頁 · Page " + writer.getPageNumber(),
                            font),
                    PAGE.getWidth() - MARGIN,
                    28,
                    0);
        }
    }
}
