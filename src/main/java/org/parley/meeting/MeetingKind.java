package org.parley.meeting;

/** What sort of meeting it is; suggests the tier and format, which the planner may override. */
public enum MeetingKind {
    PHONE_CALL("Phone call", Tier.MINISTERIAL, MeetingFormat.PHONE),
    VIDEO_CALL("Video call", Tier.MINISTERIAL, MeetingFormat.VIRTUAL),
    EXPERT_MEETING("Expert meeting", Tier.WORKING_LEVEL, MeetingFormat.IN_PERSON),
    WORKING_GROUP("Working group", Tier.WORKING_LEVEL, MeetingFormat.IN_PERSON),
    MINISTERIAL_MEETING("Ministerial meeting", Tier.MINISTERIAL, MeetingFormat.IN_PERSON),
    SUMMIT("Summit", Tier.HEAD_OF_STATE, MeetingFormat.IN_PERSON),
    CONFERENCE("Conference", Tier.MINISTERIAL, MeetingFormat.IN_PERSON),
    SIDELINE_MEETING("Sideline meeting", Tier.MINISTERIAL, MeetingFormat.IN_PERSON);

    private final String label;
    private final Tier defaultTier;
    private final MeetingFormat defaultFormat;

    MeetingKind(String label, Tier defaultTier, MeetingFormat defaultFormat) {
        this.label = label;
        this.defaultTier = defaultTier;
        this.defaultFormat = defaultFormat;
    }

    public String label() {
        return label;
    }

    public Tier defaultTier() {
        return defaultTier;
    }

    public MeetingFormat defaultFormat() {
        return defaultFormat;
    }

    /** A conference is an umbrella event: its participants need not be organised in delegations. */
    public boolean needsDelegations() {
        return this != CONFERENCE;
    }
}
