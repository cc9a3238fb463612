package org.summit.api.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfWriter;
import io.micronaut.context.ApplicationContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summit.ceremony.Declaration;
import org.summit.ceremony.DeclarationText;
import org.summit.ceremony.DemoDeclaration;
import org.summit.ceremony.SealChain;
import org.summit.ceremony.SealedRecord;
import org.summit.ceremony.SealedRecord.SignatureRecord;
import org.summit.ceremony.SealedRecord.SignedBatch;
import org.summit.events.ceremony.StrokePoint;
import org.summit.shared.LocalizedText;

/**
 * The sealed declaration's PDF, read back with PDFBox (a second, independent reader) and rendered to images: the text
 * in both languages from the embedded font, each signature as strokes where its points are, the QR code of the
 * verification URL, and the embedded record that verification recomputes from.
 */
class SealedDeclarationPdfTest {

    private static final float DPI = 144;
    private static final float SCALE = DPI / 72;
    private static final URI VERIFICATION =
            URI.create("https://summit.example.org/verify/2f1c0e9a-6b7d-4c55-9e1a-3d2b1c0a9f8e");
    private static final Instant SEALED_AT = Instant.parse("2016-03-23T10:41:07.250Z");

    private static ApplicationContext context;
    private static SealedDeclarationPdf renderer;
    private static SealChain chain;
    private static SealedRecord record;
    private static String canonical;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        // An application context without a broker (no server either): the renderer with the shipped fonts and the
        // seal chain with the JSON mapper the application writes canonical records with.
        context = ApplicationContext.run(Map.of("kafka.enabled", "false"), "test");
        renderer = context.getBean(SealedDeclarationPdf.class);
        chain = context.getBean(SealChain.class);
        record = sealed(List.of(
                signature(
                        1,
                        "taipei",
                        LocalizedText.of("臺北市", "Taipei City"),
                        LocalizedText.of("王小明", "Wang Hsiao-ming"),
                        LocalizedText.of("市長", "Mayor"),
                        List.of(
                                batch(1, line(0, 0.10, 0.30, 0.90, 0.30, 1.0)),
                                batch(2, line(1, 0.10, 0.75, 0.90, 0.75, 0.1)),
                                batch(3, line(2, 0.50, 0.10, 0.55, 0.90, 0.6)))),
                signature(
                        2,
                        "grenoble",
                        LocalizedText.of("格勒諾布爾", "Grenoble-Alpes Métropole"),
                        LocalizedText.of("克萊兒·馬丁", "Claire Martin"),
                        LocalizedText.of("副主席", "Vice-President"),
                        List.of(batch(1, line(0, 0.15, 0.85, 0.85, 0.15, 0.7)), batch(2, dot(1, 0.9, 0.8)))),
                absent(3, "pisek", LocalizedText.of("皮塞克", "Písek"), LocalizedText.of("楊·諾瓦克", "Jan Novák"))));
        canonical = chain.canonical(record);
        pdf = renderer.render(record, canonical, VERIFICATION);
        // Kept for a person to look at.
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "sealed-declaration.pdf"), pdf);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void printsBothLanguageVersionsEveryCityTheAbsenceAndTheSeal() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            Declaration declaration = record.declaration();
            assertThat(text)
                    .contains("智慧城市 臺北宣言", "Smart City Taipei Declaration")
                    .contains(declaration.zhHant().articles().get(1))
                    .contains("臺北，2016年3月23日", "Taipei, 23 March 2016")
                    .contains("臺北市", "Taipei City", "格勒諾布爾", "Grenoble-Alpes Métropole", "皮塞克", "Písek")
                    .contains("王小明 Wang Hsiao-ming", "Claire Martin", "Jan Novák", "市長 · Mayor")
                    .contains("缺席", "absent")
                    .contains(record.fingerprint())
                    .contains("2016-03-23T10:41:07.250Z UTC")
                    .contains("2016 智慧城市 臺北宣言簽署", "2016 Smart City Taipei Declaration signing")
                    .contains(VERIFICATION.toString());
            assertThat(text.replaceAll("\\s+", " "))
                    .as("English lines wrap")
                    .contains(declaration.en().articles().get(4));
            assertThat(text.indexOf("智慧城市 臺北宣言"))
                    .as("the Chinese version first")
                    .isLessThan(text.indexOf("Smart City Taipei Declaration"));
            assertThat(text.indexOf("Taipei City"))
                    .as("signature blocks in signing order")
                    .isLessThan(text.indexOf("Grenoble-Alpes Métropole"))
                    .isLessThan(text.indexOf("Písek"));
        }
    }

    @Test
    void drawsTheChineseFromTheEmbeddedFontOnly() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " is embedded")
                            .isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(font -> font.contains("NotoSansTC"));
        }
    }

    @Test
    void drawsEachSignatureAsVectorStrokesWhereItsPointsAre() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pageIndex = pageWith(document, "簽署 Signatures");
            PDPage page = document.getPage(pageIndex);
            assertThat(page.getResources().getXObjectNames())
                    .as("no images: the strokes are paths")
                    .isEmpty();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
            float pageHeight = page.getMediaBox().getHeight();

            for (SignatureRecord signature : record.signatures()) {
                Rectangle area = SealedDeclarationPdf.signatureArea(signature.position() - 1);
                if ("absent".equals(signature.status())) {
                    assertThat(darkPixels(image, area, pageHeight))
                            .as("no ink in the absent signatory's block")
                            .isZero();
                    continue;
                }
                for (SignedBatch batch : signature.batches()) {
                    for (StrokePoint point : batch.points()) {
                        assertThat(darkNear(image, area, pageHeight, point.x(), point.y()))
                                .as("ink under point %s of %s", point, signature.cityId())
                                .isTrue();
                    }
                }
                assertThat(darkPixels(image, area, pageHeight)).isPositive();
            }

            // Taipei's first stroke is at full pressure, its second at a tenth of it: the first is drawn thicker.
            Rectangle taipei = SealedDeclarationPdf.signatureArea(0);
            assertThat(inkHeight(image, taipei, pageHeight, 0.3, 0.30))
                    .isGreaterThan(2 * inkHeight(image, taipei, pageHeight, 0.3, 0.75));
            // Blank where no point is: the block's lower left corner holds no stroke.
            assertThat(darkNear(image, taipei, pageHeight, 0.05, 0.95)).isFalse();
        }
    }

    @Test
    void aRecordReadBackFromItsCanonicalJsonIsTheSameRecordAndRenders() throws IOException {
        Declaration withoutPreamble = Declaration.of(
                new DeclarationText("宣言", " ", List.of("第一條。"), "臺北"),
                new DeclarationText("Declaration", "", List.of("Article one."), "Taipei"),
                LocalDate.of(2016, 3, 23));
        SealedRecord absentOnly = sealed(
                withoutPreamble,
                List.of(absent(1, "pisek", LocalizedText.of("皮塞克", "Písek"), LocalizedText.of("楊·諾瓦克", "Jan Novák"))));
        SealedRecord readBack = chain.read(chain.canonical(absentOnly));
        // Empty and null fields are written too: the JSON reads back as the very record it was written from.
        assertThat(readBack).isEqualTo(absentOnly);
        assertThat(readBack.declaration().en().preamble()).isEmpty();
        assertThat(readBack.signatures().get(0).batches()).isEmpty();

        byte[] file = renderer.render(readBack, chain.canonical(readBack), VERIFICATION);

        try (PDDocument document = Loader.loadPDF(file)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("宣言", "Article one.", "皮塞克", "缺席", readBack.fingerprint());
        }
    }

    @Test
    void theQrCodeReadsAsTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pageIndex = pageWith(document, "封存 Sealed");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, DPI, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            Result result = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertThat(result.getText()).isEqualTo(VERIFICATION.toString());
        }
    }

    @Test
    void embedsTheCanonicalRecordSoVerificationCanRecomputeTheFingerprint() throws IOException {
        assertThat(renderer.embeddedRecord(pdf)).contains(canonical);
        SealedRecord read = chain.read(renderer.embeddedRecord(pdf).orElseThrow());
        assertThat(chain.consistent(read)).isTrue();
        assertThat(read.fingerprint()).isEqualTo(record.fingerprint());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog()
                            .getNames()
                            .getEmbeddedFiles()
                            .getNames()
                            .values())
                    .singleElement()
                    .satisfies(file -> assertThat(file.getFilename()).isEqualTo("sealed-record.json"));
        }
    }

    @Test
    void findsNoRecordInWhatItDidNotWrite() throws IOException {
        byte[] random = new byte[64 * 1024];
        new Random(12).nextBytes(random);
        byte[] pdfHeaderThenGarbage = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 4096);
        System.arraycopy(random, 0, pdfHeaderThenGarbage, 9, 4096 - 9);

        assertThat(renderer.embeddedRecord(random)).isEmpty();
        assertThat(renderer.embeddedRecord(new byte[0])).isEmpty();
        assertThat(renderer.embeddedRecord(null)).isEmpty();
        assertThat(renderer.embeddedRecord(pdfHeaderThenGarbage)).isEmpty();
        assertThat(renderer.embeddedRecord(otherPdf(null)))
                .as("a PDF without attachments")
                .isEmpty();
        assertThat(renderer.embeddedRecord(otherPdf("notes.json")))
                .as("another attachment")
                .isEmpty();
        for (int length : new int[] {10, pdf.length / 3, pdf.length / 2, pdf.length - 200}) {
            byte[] cut = Arrays.copyOf(pdf, length);
            assertThatCode(() -> renderer.embeddedRecord(cut))
                    .as("cut at %d", length)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void refusesAnEmbeddedRecordThatWouldInflateBeyondTheLimit() {
        byte[] bomb = otherPdf("sealed-record.json", new byte[SealedDeclarationPdf.MAX_RECORD_BYTES + 1]);
        assertThat(bomb.length).as("it compresses to little").isLessThan(100_000);
        assertThat(renderer.embeddedRecord(bomb)).isEmpty();
    }

    @Test
    void writesTheSameFileForTheSameRecordButForTheFontSubsetTag() throws IOException {
        byte[] again = renderer.render(record, canonical, VERIFICATION);
        assertThat(withoutSubsetTags(again)).isEqualTo(withoutSubsetTags(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(SEALED_AT.truncatedTo(ChronoUnit.SECONDS));
            COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(((COSString) id.getObject(0)).toHexString().toLowerCase())
                    .isEqualTo(record.fingerprint().substring(0, 32));
        }
    }

    private static String withoutSubsetTags(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1).replaceAll("[A-Z]{6}\\+NotoSansTC", "SUBSET+NotoSansTC");
    }

    /** How many pixels of the signature area are as dark as ink (no grey of the layout is). */
    private static int darkPixels(BufferedImage image, Rectangle area, float pageHeight) {
        int count = 0;
        for (int y = (int) ((pageHeight - area.getTop()) * SCALE); y < (pageHeight - area.getBottom()) * SCALE; y++) {
            for (int x = (int) (area.getLeft() * SCALE); x < area.getRight() * SCALE; x++) {
                if (dark(image.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether there is ink within two pixels of a point given on the block's own scale. */
    private static boolean darkNear(BufferedImage image, Rectangle area, float pageHeight, double x, double y) {
        int px = Math.round((area.getLeft() + (float) x * area.getWidth()) * SCALE);
        int py = Math.round((pageHeight - area.getTop() + (float) y * area.getHeight()) * SCALE);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (dark(image.getRGB(px + dx, py + dy))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The height in pixels of the ink in the column at x around y (block scale). */
    private static int inkHeight(BufferedImage image, Rectangle area, float pageHeight, double x, double y) {
        int px = Math.round((area.getLeft() + (float) x * area.getWidth()) * SCALE);
        int centre = Math.round((pageHeight - area.getTop() + (float) y * area.getHeight()) * SCALE);
        int height = 0;
        for (int py = centre - 20; py <= centre + 20; py++) {
            if (dark(image.getRGB(px, py))) {
                height++;
            }
        }
        return height;
    }

    private static boolean dark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r < 100 && g < 100 && b < 120;
    }

    private static int pageWith(PDDocument document, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(document).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No page shows " + text);
    }

    /** A PDF this application did not seal: some text, and an attachment if {@code attachment} names one. */
    private static byte[] otherPdf(String attachment) {
        return otherPdf(attachment, "{\"format\":\"not-ours\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] otherPdf(String attachment, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Programme"));
        if (attachment != null) {
            try {
                writer.addFileAttachment(PdfFileSpecification.fileEmbedded(writer, null, attachment, content, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static SealedRecord sealed(List<SignatureRecord> signatures) {
        return sealed(DemoDeclaration.TAIPEI_2016, signatures);
    }

    private static SealedRecord sealed(Declaration declaration, List<SignatureRecord> signatures) {
        SealedRecord unsealed = new SealedRecord(
                SealedRecord.FORMAT,
                "ceremony-2016",
                LocalizedText.of("2016 智慧城市 臺北宣言簽署", "2016 Smart City Taipei Declaration signing"),
                declaration,
                chain.textFingerprint(declaration),
                signatures,
                SEALED_AT,
                null);
        return new SealedRecord(
                unsealed.format(),
                unsealed.ceremonyId(),
                unsealed.name(),
                unsealed.declaration(),
                unsealed.textFingerprint(),
                unsealed.signatures(),
                unsealed.sealedAt(),
                chain.fingerprint(unsealed));
    }

    private static SignatureRecord signature(
            int position,
            String cityId,
            LocalizedText city,
            LocalizedText name,
            LocalizedText title,
            List<SignedBatch> batches) {
        return new SignatureRecord(
                position,
                "signatory-" + cityId,
                cityId,
                city,
                name,
                title,
                "confirmed",
                SEALED_AT.minusSeconds(60L * (4 - position)),
                batches);
    }

    private static SignatureRecord absent(int position, String cityId, LocalizedText city, LocalizedText name) {
        return new SignatureRecord(
                position, "signatory-" + cityId, cityId, city, name, null, "absent", null, List.of());
    }

    private static SignedBatch batch(long seq, List<StrokePoint> points) {
        return new SignedBatch(seq, SEALED_AT.minusSeconds(600 - seq), points);
    }

    /** A straight stroke of 12 points at one pressure. */
    private static List<StrokePoint> line(int stroke, double x0, double y0, double x1, double y1, double pressure) {
        List<StrokePoint> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double f = i / 11.0;
            points.add(new StrokePoint(
                    stroke, x0 + f * (x1 - x0), y0 + f * (y1 - y0), pressure, 1_458_700_000_000L + 16L * i));
        }
        return points;
    }

    private static List<StrokePoint> dot(int stroke, double x, double y) {
        return List.of(new StrokePoint(stroke, x, y, 1.0, 1_458_700_001_000L));
    }
}
