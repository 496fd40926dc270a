package org.parley.protocol;

/**
 * How protocol addresses a person before their name. Its label, in the reader's language, is
 * {@code protocol.FormOfAddress.<CONSTANT>}; the calendar never shows it (a CN is a plain name).
 */
public enum FormOfAddress {
    HIS_MAJESTY,
    HER_MAJESTY,
    HIS_ROYAL_HIGHNESS,
    HER_ROYAL_HIGHNESS,
    HIS_HIGHNESS,
    HER_HIGHNESS,
    HIS_EXCELLENCY,
    HER_EXCELLENCY,
    THE_HONOURABLE,
    DR,
    PROF,
    MR,
    MS,
    MRS
}
