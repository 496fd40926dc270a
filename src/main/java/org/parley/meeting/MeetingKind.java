package org.parley.meeting;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * Words by which a text asks for a kind of meeting ("convene experts", "prepare a summit"). Sideline meetings are
     * not here: one is planned from its conference, which a text cannot name.
     */
    private static final Map<MeetingKind, Pattern> NAMED_BY = Map.of(
            VIDEO_CALL, words("video ?call", "video ?conference", "video ?link"),
            PHONE_CALL, words("phone", "telephone", "call"),
            EXPERT_MEETING, words("experts?'?", "expert[- ]level"),
            WORKING_GROUP, words("working group"),
            MINISTERIAL_MEETING, words("ministerial", "ministers'? meeting", "meeting of (the )?ministers"),
            SUMMIT, words("summit", "heads of state"),
            CONFERENCE, words("conference"));

    private static Pattern words(String... alternatives) {
        return Pattern.compile(
                "\\b(" + String.join("|", alternatives) + ")(?![\\w])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The kind a text asks for, such as an action item's "Convene experts…" (an expert meeting): the kind named
     * first in the text; empty if it names none.
     */
    public static Optional<MeetingKind> namedIn(String text) {
        record Found(MeetingKind kind, int at) {}
        return NAMED_BY.entrySet().stream()
                .map(e -> {
                    Matcher matcher = e.getValue().matcher(text);
                    return matcher.find() ? new Found(e.getKey(), matcher.start()) : null;
                })
                .filter(Objects::nonNull)
                .min(Comparator.comparingInt(Found::at))
                .map(Found::kind);
    }

    /** A conference is an umbrella event: its participants need not be organised in delegations. */
    public boolean needsDelegations() {
        return this != CONFERENCE;
    }
}
