package org.parley.bilateral;

import java.util.List;

/** What a CSV import did: how many requests it added, or (and then it added none) what is wrong on which line. */
public record ImportResult(int added, List<RowError> errors) {

    /**
     * One thing wrong with one line of the file.
     *
     * @param key the text that says what, in the reader's language; {@code arguments} fill its placeholders
     */
    public record RowError(long line, String key, List<String> arguments) {}
}
