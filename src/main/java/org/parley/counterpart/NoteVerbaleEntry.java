package org.parley.counterpart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.Messages;

/**
 * One note of the register as its reader may see it.
 *
 * @param number ours, for an outgoing note: its number in its year
 * @param meetings the meetings it concerns that the reader may see
 */
public record NoteVerbaleEntry(
        NoteVerbaleId id,
        NoteDirection direction,
        int year,
        @Nullable Integer number,
        @Nullable String senderReference,
        CountryCode counterpart,
        LocalDate dated,
        String subject,
        Classification classification,
        @Nullable String fileName,
        @Nullable Integer fileSize,
        List<MeetingId> meetings,
        String recordedBy,
        Instant recordedAt) {

    /** "No. 123/2026" for ours; the sender's reference for theirs. */
    public String reference() {
        return number != null ? "No. " + number + "/" + year : senderReference == null ? "" : senderReference;
    }

    /** The reference as the viewer's language writes it ("№ 123/2026"). */
    public String reference(Locale locale) {
        return number != null
                ? Messages.get(locale, "counterpart.note.number", String.valueOf(number), String.valueOf(year))
                : senderReference == null ? "" : senderReference;
    }
}
