package org.parley.calendar.feed;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * What the owner chooses for a feed. The country, kind or conference is set exactly when the scope needs it.
 *
 * @param ceiling meetings classified above it appear only as a busy block; never above the owner's clearance
 * @param includePending pending meetings appear as STATUS:TENTATIVE
 */
public record FeedData(
        @NotBlank(message = "{calendar.feed.nameRequired}") @Size(max = 120, message = "{calendar.feed.nameTooLong}")
        String name,

        @NotNull(message = "{calendar.feed.scopeRequired}") FeedScope scope,
        @Nullable CountryCode country,
        @Nullable MeetingKind kind,
        @Nullable MeetingId conference,

        @NotNull(message = "{calendar.feed.ceilingRequired}")
        Classification ceiling,

        boolean includePending) {

    @AssertTrue(message = "{calendar.feed.subjectRequired}")
    public boolean isScopeComplete() {
        return scope == null
                || switch (scope) {
                    case COUNTRY -> country != null;
                    case KIND -> kind != null;
                    case CONFERENCE -> conference != null;
                    case MY_MEETINGS, EVERYTHING -> true;
                };
    }
}
