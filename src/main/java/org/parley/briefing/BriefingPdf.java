package org.parley.briefing;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.parley.shared.Messages;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Renders a briefing note's document to PDF with openhtmltopdf, right to left for Arabic, with the Noto fonts the
 * application ships (Latin and Cyrillic, Devanagari, Arabic; OFL, see fonts/OFL.txt): nothing is downloaded and no
 * system font is needed. The fonts are read from the jar once and embedded as subsets (docs/0034).
 */
@Component
class BriefingPdf {

    /** A family, its weight and the font file under {@code org/parley/briefing/fonts/}. */
    private record Face(String family, int weight, String file) {}

    private static final List<Face> FACES = List.of(
            new Face("Noto Sans", 400, "NotoSans-Regular.ttf"),
            new Face("Noto Sans", 700, "NotoSans-Bold.ttf"),
            new Face("Noto Sans Devanagari", 400, "NotoSansDevanagari-Regular.ttf"),
            new Face("Noto Sans Devanagari", 700, "NotoSansDevanagari-Bold.ttf"),
            new Face("Noto Sans Arabic", 400, "NotoSansArabic-Regular.ttf"),
            new Face("Noto Sans Arabic", 700, "NotoSansArabic-Bold.ttf"));

    private final List<byte[]> fonts = FACES.stream().map(BriefingPdf::read).toList();

    private final ShapedTextMapping devanagari = new ShapedTextMapping();

    BriefingPdf() {
        for (int i = 0; i < FACES.size(); i++) {
            if (FACES.get(i).family().equals("Noto Sans Devanagari")) {
                devanagari.add(FACES.get(i).file().replace(".ttf", ""), fonts.get(i));
            }
        }
    }

    byte[] render(Document document, Locale locale) {
        var out = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(Messages.rightToLeft(locale) ? TextDirection.RTL : TextDirection.LTR);
        for (int i = 0; i < FACES.size(); i++) {
            byte[] font = fonts.get(i);
            Face face = FACES.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
        builder.withProducer("Parley");
        builder.withW3cDocument(document, "/");
        builder.toStream(out);
        try {
            builder.run();
            return devanagari.apply(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("The briefing note could not be rendered", e);
        }
    }

    private static byte[] read(Face face) {
        try (InputStream in = BriefingPdf.class.getResourceAsStream("fonts/" + face.file())) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + face.file());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
