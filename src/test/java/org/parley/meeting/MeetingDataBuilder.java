package org.parley.meeting;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.directory.RoomId;
import org.parley.directory.VenueId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * Builds the {@link MeetingData} a test needs by naming only what matters to it, instead of seventeen positional
 * arguments: {@code meeting("Talks").kind(PHONE_CALL).at(start, end, MOSCOW).between(ru, us).build()}, or
 * {@code from(saved.toData()).title("Renamed").build()} for a changed copy. Tier and format follow the kind unless
 * set; the rest is empty: unclassified, no venue, no delegations, no agenda.
 */
public final class MeetingDataBuilder {

    private String title;
    private MeetingKind kind = MeetingKind.EXPERT_MEETING;
    private @Nullable Tier tier;
    private @Nullable MeetingFormat format;
    private @Nullable LocalDateTime start;
    private @Nullable LocalDateTime end;
    private ZoneId timeZone = ZoneId.of("UTC");
    private @Nullable VenueId venue;
    private @Nullable RoomId room;
    private @Nullable CountryCode initiatingSide;
    private @Nullable CountryCode hostSide;
    private Classification classification = Classification.UNCLASSIFIED;
    private String objectives = "";
    private @Nullable MeetingId parentConference;
    private @Nullable MeetingId followUpOf;
    private List<DelegationData> delegations = List.of();
    private List<AgendaItemData> agenda = List.of();

    private MeetingDataBuilder(String title) {
        this.title = title;
    }

    public static MeetingDataBuilder meeting(String title) {
        return new MeetingDataBuilder(title);
    }

    /** Every field as in {@code data}, to change a few. */
    public static MeetingDataBuilder from(MeetingData data) {
        var builder = new MeetingDataBuilder(data.title());
        builder.kind = data.kind();
        builder.tier = data.tier();
        builder.format = data.format();
        builder.start = data.start();
        builder.end = data.end();
        builder.timeZone = data.timeZone();
        builder.venue = data.venue();
        builder.room = data.room();
        builder.initiatingSide = data.initiatingSide();
        builder.hostSide = data.hostSide();
        builder.classification = data.classification();
        builder.objectives = data.objectives();
        builder.parentConference = data.parentConference();
        builder.followUpOf = data.followUpOf();
        builder.delegations = data.delegations();
        builder.agenda = data.agenda();
        return builder;
    }

    public MeetingDataBuilder title(String title) {
        this.title = title;
        return this;
    }

    public MeetingDataBuilder kind(MeetingKind kind) {
        this.kind = kind;
        return this;
    }

    public MeetingDataBuilder tier(Tier tier) {
        this.tier = tier;
        return this;
    }

    public MeetingDataBuilder format(MeetingFormat format) {
        this.format = format;
        return this;
    }

    /** Wall-clock start and end in the meeting's zone. */
    public MeetingDataBuilder at(@Nullable LocalDateTime start, @Nullable LocalDateTime end, ZoneId zone) {
        this.start = start;
        this.end = end;
        this.timeZone = zone;
        return this;
    }

    /** Keeps the zone, moves the times. */
    public MeetingDataBuilder at(@Nullable LocalDateTime start, @Nullable LocalDateTime end) {
        return at(start, end, timeZone);
    }

    public MeetingDataBuilder venue(@Nullable VenueId venue) {
        this.venue = venue;
        return this;
    }

    public MeetingDataBuilder room(@Nullable RoomId room) {
        this.room = room;
        return this;
    }

    /** Which side took the initiative and which hosts. */
    public MeetingDataBuilder sides(@Nullable CountryCode initiatingSide, @Nullable CountryCode hostSide) {
        this.initiatingSide = initiatingSide;
        this.hostSide = hostSide;
        return this;
    }

    public MeetingDataBuilder classification(Classification classification) {
        this.classification = classification;
        return this;
    }

    public MeetingDataBuilder objectives(String objectives) {
        this.objectives = objectives;
        return this;
    }

    public MeetingDataBuilder conference(@Nullable MeetingId parentConference) {
        this.parentConference = parentConference;
        return this;
    }

    public MeetingDataBuilder followUpOf(@Nullable MeetingId followUpOf) {
        this.followUpOf = followUpOf;
        return this;
    }

    public MeetingDataBuilder delegations(List<DelegationData> delegations) {
        this.delegations = delegations;
        return this;
    }

    public MeetingDataBuilder delegations(DelegationData... delegations) {
        return delegations(List.of(delegations));
    }

    /** One delegation per country, each headed by one person; the first is ours. */
    public MeetingDataBuilder headedBy(
            CountryCode ourCountry, PersonId ourHead, CountryCode theirCountry, PersonId theirHead) {
        return delegations(
                new DelegationData(ourCountry, null, true, List.of(new MemberData(ourHead, MemberRole.HEAD))),
                new DelegationData(theirCountry, null, false, List.of(new MemberData(theirHead, MemberRole.HEAD))));
    }

    public MeetingDataBuilder agenda(List<AgendaItemData> agenda) {
        this.agenda = agenda;
        return this;
    }

    public MeetingDataBuilder agenda(AgendaItemData... agenda) {
        return agenda(List.of(agenda));
    }

    /** Adds an agenda item with a title and planned minutes. */
    public MeetingDataBuilder item(String title, int plannedMinutes) {
        List<AgendaItemData> items = new ArrayList<>(agenda);
        items.add(new AgendaItemData(title, "", plannedMinutes));
        this.agenda = items;
        return this;
    }

    public MeetingData build() {
        return new MeetingData(
                title,
                kind,
                tier == null ? kind.defaultTier() : tier,
                format == null ? kind.defaultFormat() : format,
                start,
                end,
                timeZone,
                venue,
                room,
                initiatingSide,
                hostSide,
                classification,
                objectives,
                parentConference,
                followUpOf,
                delegations,
                agenda);
    }
}
