package org.parley.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Parley compares what a user typed with stored text. Two ways: a "contains" pattern for SQL LIKE over one
 * column, and words for the meetings' search documents ({@code docs/0019-search.md}), where both the document and the
 * query are cut into the same words, so that any database matches them alike.
 */
public final class SearchText {

    /** A word is a run of letters (with their marks) and digits, in any script. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Accents on Latin, Greek and Cyrillic letters; the vowel signs of Devanagari or Arabic are kept. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    /** Longer words are cut: nobody types more, and PostgreSQL's text search refuses very long ones. */
    public static final int WORD_MAX_LENGTH = 64;
    /** A query uses at most this many words; the rest of a pasted paragraph adds nothing but cost. */
    public static final int QUERY_MAX_WORDS = 12;

    private SearchText() {}

    /**
     * "50% off_x" becomes "%50\% off\_x%"; both H2 and PostgreSQL take the backslash as LIKE's escape. Control
     * characters are dropped: no title holds one, and PostgreSQL refuses NUL in a parameter.
     */
    public static String containsPattern(String text) {
        String escaped = text.replaceAll("\\p{Cntrl}", "")
                .trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The words of a text, lower case and without accents, in order, repeats included: "Lavrov's visit to Genève"
     * gives [lavrov, s, visit, to, geneve].
     */
    public static List<String> words(String text) {
        String folded =
                ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            String word = matcher.group();
            words.add(word.length() > WORD_MAX_LENGTH ? cut(word) : word);
        }
        return words;
    }

    private static String cut(String word) {
        int end = Character.isHighSurrogate(word.charAt(WORD_MAX_LENGTH - 1)) ? WORD_MAX_LENGTH - 1 : WORD_MAX_LENGTH;
        return word.substring(0, end);
    }

    /** The distinct words of a query, at most {@link #QUERY_MAX_WORDS}: each must begin a word of the document. */
    public static List<String> queryWords(String text) {
        return words(text).stream().distinct().limit(QUERY_MAX_WORDS).toList();
    }
}
