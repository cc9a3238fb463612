package org.summit.api.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts Summit's PDFs are written in: Noto Sans TC, regular and bold, which draw Traditional Chinese and the
 * Latin scripts of the attending cities' names alike. They are embedded in every PDF as subsets of the characters
 * used (Identity-H), so a PDF prints the same on a machine without any CJK font. The summit-ui module ships them,
 * with their licence (SIL Open Font License), under {@code fonts/} on the class path; they are read once.
 */
@Singleton
public class PdfFonts {

    static final String REGULAR = "fonts/400Regular/NotoSansTC_400Regular.ttf";
    static final String BOLD = "fonts/700Bold/NotoSansTC_700Bold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;

    PdfFonts() {
        this.regular = load(REGULAR);
        this.bold = load(BOLD);
    }

    /** The regular face at a size. */
    public Font regular(float size) {
        return new Font(regular, size);
    }

    /** The regular face at a size, in a colour. */
    public Font regular(float size, Color colour) {
        return new Font(regular, size, Font.NORMAL, colour);
    }

    /** The bold face at a size. */
    public Font bold(float size) {
        return new Font(bold, size);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: the summit-ui jar ships it"
                        + " once its build has run npm (mvn install without -Dexec.skip)");
            }
            // The name must end in .ttf for OpenPDF to read the bytes as TrueType.
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    BaseFont.CACHED,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot read " + resource + " as a TrueType font", e);
        }
    }
}
