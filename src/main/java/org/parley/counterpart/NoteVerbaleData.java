package org.parley.counterpart;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * A note verbale to enter into the register.
 *
 * @param senderReference the sender's own number, for an incoming note (ours are numbered by the register)
 * @param counterpart the other side: the addressee of an outgoing note, the sender of an incoming one
 * @param meetings the meetings the note concerns
 */
public record NoteVerbaleData(
        NoteDirection direction,
        @Nullable String senderReference,
        CountryCode counterpart,
        LocalDate dated,
        String subject,
        Classification classification,
        List<MeetingId> meetings) {

    public static final int SUBJECT_MAX_LENGTH = 300;
    public static final int REFERENCE_MAX_LENGTH = 100;
}
