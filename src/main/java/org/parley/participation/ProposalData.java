package org.parley.participation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.AnswerData;
import org.parley.meeting.MeetingData;
import org.parley.shared.PlainText;
import org.parley.shared.WithinCalendarYears;

/**
 * Another time a participant proposes, as wall-clock times in the meeting's own time zone, with an optional comment.
 */
public record ProposalData(
        @NotNull(message = "{participation.proposal.startMissing}") @WithinCalendarYears
        LocalDateTime start,

        @NotNull(message = "{participation.proposal.endMissing}") @WithinCalendarYears
        LocalDateTime end,

        @Nullable
        @Size(max = AnswerData.COMMENT_MAX_LENGTH, message = "{participation.proposal.commentTooLong}")
        @PlainText(multiline = true)
        String comment) {

    @AssertTrue(message = "{participation.proposal.endAfterStart}")
    public boolean isEndAfterStart() {
        return MeetingData.endsAfterStart(start, end);
    }

    @AssertTrue(message = "{participation.proposal.tooLong}")
    public boolean isNotTooLong() {
        return start == null
                || end == null
                || Duration.between(start, end).compareTo(Duration.ofDays(MeetingData.MAX_DURATION_DAYS)) <= 0;
    }

    /** The comment without surrounding blanks, or null when there is none. */
    public @Nullable String trimmedComment() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
