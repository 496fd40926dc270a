package org.parley.readout;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;

/**
 * A meeting's readout as the people who may see the meeting see it: drafts and what was released.
 *
 * @param draftedBy who last changed the draft; they may not release it (four-eyes)
 * @param firstReleasedAt when it was first published (Atom's {@code published})
 * @param updatedAt when what the public reads last changed: release, correction or withdrawal (Atom's {@code updated})
 */
public record Readout(
        long id,
        MeetingId meeting,
        ReadoutStatus status,
        List<ReadoutText> texts,
        String draftedBy,
        Instant draftedAt,
        @Nullable String releasedBy,
        @Nullable Instant firstReleasedAt,
        @Nullable Instant updatedAt,
        @Nullable Instant correctedAt,
        @Nullable Instant withdrawnAt,
        @Nullable String withdrawalReason) {

    /** Whether the draft differs from what the public reads, so that a release (or correction) would change it. */
    public boolean hasUnreleasedChanges() {
        return status != ReadoutStatus.WITHDRAWN && texts.stream().anyMatch(ReadoutText::changedSinceRelease);
    }
}
