package org.parley.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes Devanagari in the PDF searchable and copyable. PDFBox shapes Devanagari with the font's GSUB table (conjuncts
 * such as ब्र, half forms), so the page shows ligature glyphs that have no character of their own, and the ToUnicode
 * map it writes leaves them out: "सुब्रह्मण्यम" would extract as "सु म यम". This class writes a ToUnicode map that
 * also gives each ligature glyph the characters it was made of, read from the font's own substitution tables.
 * What no map can mend: a vowel sign drawn before its consonant (ि) still extracts in drawn order (docs/0034).
 */
final class ShapedTextMapping {

    /** The ToUnicode CMap per font name (without the subset prefix). */
    private final Map<String, byte[]> cmaps = new HashMap<>();

    void add(String postScriptName, byte[] fontFile) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontFile))) {
            cmaps.put(postScriptName, cmap(textOfGlyphs(font)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF with the shaped fonts' ToUnicode maps replaced; unchanged (not rewritten) when none of them is used. */
    byte[] apply(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    byte[] cmap = font == null ? null : cmaps.get(withoutSubsetPrefix(font.getName()));
                    if (cmap != null) {
                        COSStream stream = document.getDocument().createCOSStream();
                        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                            out.write(cmap);
                        }
                        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            var out = new ByteArrayOutputStream(pdf.length + 16_384);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static String withoutSubsetPrefix(String name) {
        int plus = name.indexOf('+');
        return plus == 6 ? name.substring(plus + 1) : name;
    }

    /** Each glyph's characters: from the character map, then ligatures from their parts until nothing more is found. */
    static Map<Integer, String> textOfGlyphs(TrueTypeFont font) throws IOException {
        Map<Integer, String> text = new TreeMap<>();
        var characters = font.getUnicodeCmapLookup();
        for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
            int glyph = characters.getGlyphId(codePoint);
            if (glyph > 0) {
                text.putIfAbsent(glyph, Character.toString(codePoint));
            }
        }
        GsubData substitutions = font.getGsubData();
        boolean found = true;
        while (found) {
            found = false;
            for (String feature : substitutions.getSupportedFeatures()) {
                ScriptFeature table = substitutions.getFeature(feature);
                for (List<Integer> parts : table.getAllGlyphIdsForSubstitution()) {
                    Integer ligature = table.getReplacementForGlyphs(parts);
                    if (ligature == null || text.containsKey(ligature)) {
                        continue;
                    }
                    StringBuilder madeOf = new StringBuilder();
                    for (int part : parts) {
                        String partText = text.get(part);
                        if (partText == null) {
                            madeOf = null;
                            break;
                        }
                        madeOf.append(partText);
                    }
                    if (madeOf != null) {
                        text.put(ligature, madeOf.toString());
                        found = true;
                    }
                }
            }
        }
        return text;
    }

    /** A ToUnicode CMap (Adobe-Identity-UCS) from glyph ids, which PDFBox's subsets keep as their CIDs. */
    private static byte[] cmap(Map<Integer, String> text) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = List.copyOf(text.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
