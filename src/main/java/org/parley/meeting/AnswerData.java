package org.parley.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.parley.shared.PlainText;

/**
 * A participant's own answer to a meeting's invitation: accept, tentative or decline, with an optional comment.
 */
public record AnswerData(
        @NotNull(message = "{meeting.data.answerRequired}") ParticipantResponse answer,

        @Nullable @Size(max = COMMENT_MAX_LENGTH, message = "{meeting.data.commentLength}") @PlainText(multiline = true)
        String comment) {

    public static final int COMMENT_MAX_LENGTH = 500;

    @AssertTrue(message = "{meeting.data.answerRequired}")
    public boolean isAnAnswer() {
        return answer != ParticipantResponse.NEEDS_ACTION;
    }

    /** The comment without surrounding blanks, or null when there is none. */
    public @Nullable String trimmedComment() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
