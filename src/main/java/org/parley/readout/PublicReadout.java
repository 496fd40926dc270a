package org.parley.readout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;

/**
 * A readout as the public reads it: the meeting's title, date, place and countries as they were when it was last
 * released, and the released texts; nothing else of the meeting. A withdrawn readout keeps its entries (languages
 * and ids) but no text, only its notice.
 *
 * @param texts the released texts, one per language
 */
public record PublicReadout(
        long id,
        String title,
        Instant start,
        ZoneId timeZone,
        @Nullable String place,
        List<CountryCode> countries,
        List<Text> texts,
        Instant firstReleasedAt,
        Instant updatedAt,
        @Nullable Instant correctedAt,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawalReason) {

    /** A released text in one language (null once withdrawn), with the Atom entry id it keeps through corrections. */
    public record Text(String language, @Nullable String body, String entryId) {}

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** "3 December 2026, Riyadh": the meeting's day where it took place, in a language Parley speaks. */
    public String dateAndPlace(Locale language) {
        String date = longDate(language, start.atZone(timeZone));
        return place == null ? date : date + ", " + place;
    }

    /** "Corrected on …", or empty for a readout never corrected. */
    public String correctionNote(Locale language) {
        return correctedAt == null
                ? ""
                : Messages.get(
                        Messages.supported(language),
                        "readout.correctedOn",
                        longDate(language, correctedAt.atZone(ZoneOffset.UTC)));
    }

    /** "This readout was withdrawn on …", with the reason the approver gave. */
    public String withdrawalNotice(Locale language) {
        if (withdrawnAt == null) {
            return "";
        }
        String notice = Messages.get(
                Messages.supported(language),
                "readout.withdrawnOn",
                longDate(language, withdrawnAt.atZone(ZoneOffset.UTC)));
        return withdrawalReason == null || withdrawalReason.isBlank() ? notice : notice + " " + withdrawalReason;
    }

    private static String longDate(Locale language, ZonedDateTime when) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Messages.supported(language))
                .format(when);
    }
}
