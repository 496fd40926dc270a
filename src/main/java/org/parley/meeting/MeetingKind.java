package org.parley.meeting;

import java.util.Locale;
import org.parley.shared.Messages;

/** What sort of meeting it is; suggests the tier and format, which the planner may override. */
public enum MeetingKind {
    PHONE_CALL(Tier.MINISTERIAL, MeetingFormat.PHONE),
    VIDEO_CALL(Tier.MINISTERIAL, MeetingFormat.VIRTUAL),
    EXPERT_MEETING(Tier.WORKING_LEVEL, MeetingFormat.IN_PERSON),
    WORKING_GROUP(Tier.WORKING_LEVEL, MeetingFormat.IN_PERSON),
    MINISTERIAL_MEETING(Tier.MINISTERIAL, MeetingFormat.IN_PERSON),
    SUMMIT(Tier.HEAD_OF_STATE, MeetingFormat.IN_PERSON),
    CONFERENCE(Tier.MINISTERIAL, MeetingFormat.IN_PERSON),
    SIDELINE_MEETING(Tier.MINISTERIAL, MeetingFormat.IN_PERSON);

    private final Tier defaultTier;
    private final MeetingFormat defaultFormat;

    MeetingKind(Tier defaultTier, MeetingFormat defaultFormat) {
        this.defaultTier = defaultTier;
        this.defaultFormat = defaultFormat;
    }

    /** Its label in English (logs, the API, calendar files); a reader's language: {@link Messages#label}. */
    public String label() {
        return Messages.label(Locale.ENGLISH, this);
    }

    public Tier defaultTier() {
        return defaultTier;
    }

    public MeetingFormat defaultFormat() {
        return defaultFormat;
    }

    /**
     * The kind a follow-up of a meeting of this kind usually is, for the planner's draft: a call leads to experts,
     * experts to ministers, ministers to a summit, and a summit, a conference or a sideline meeting to experts who
     * carry out what was agreed; a working group meets again. Taken from the meeting, not from the action item's words,
     * so that it holds in every language; the planner changes it in the editor where it does not fit.
     */
    public MeetingKind usualFollowUp() {
        return switch (this) {
            case PHONE_CALL, VIDEO_CALL, SUMMIT, CONFERENCE, SIDELINE_MEETING -> EXPERT_MEETING;
            case EXPERT_MEETING -> MINISTERIAL_MEETING;
            case WORKING_GROUP -> WORKING_GROUP;
            case MINISTERIAL_MEETING -> SUMMIT;
        };
    }

    /** A conference is an umbrella event: its participants need not be organised in delegations. */
    public boolean needsDelegations() {
        return this != CONFERENCE;
    }
}
