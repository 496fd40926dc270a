package org.parley.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * The meeting aggregate: the meeting with its delegations (and their members) and its agenda. Every change is kept
 * by Envers for the meeting's history, so a new column on any of these entities needs its twin in the entity's
 * {@code _aud} table (docs/0005-meeting-history.md).
 */
@Entity
@Audited
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = MeetingData.TITLE_MAX_LENGTH)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MeetingKind kind = MeetingKind.EXPERT_MEETING;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Tier tier = Tier.WORKING_LEVEL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingFormat format = MeetingFormat.IN_PERSON;

    @Column(name = "starts_at", nullable = false)
    private Instant start = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant end = Instant.EPOCH;

    @Column(name = "time_zone", nullable = false, length = 64)
    private ZoneId timeZone = ZoneId.of("UTC");

    @Column(name = "venue_id")
    private @Nullable Long venueId;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Column(name = "initiating_side", length = 2)
    private @Nullable CountryCode initiatingSide;

    @Column(name = "host_side", length = 2)
    private @Nullable CountryCode hostSide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Classification classification = Classification.UNCLASSIFIED;

    @Column(nullable = false, length = MeetingData.OBJECTIVES_MAX_LENGTH)
    private String objectives = "";

    @Column(name = "parent_conference_id")
    private @Nullable Long parentConferenceId;

    @Column(name = "follow_up_of_id")
    private @Nullable Long followUpOfId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MeetingStatus status = MeetingStatus.DRAFT;

    /** Once approved, a meeting has left Parley (calendars, e-mail) and its cancellation must follow it there. */
    @NotAudited
    @Column(name = "ever_approved", nullable = false)
    private boolean everApproved;

    // who changed what and when is the revision's (MeetingRevision), so the bookkeeping columns are not repeated
    @Version
    @NotAudited
    private long version;

    @NotAudited
    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @NotAudited
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Delegation> delegations = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {}

    static Meeting create(String username, Instant now) {
        var meeting = new Meeting();
        meeting.createdBy = username;
        meeting.createdAt = now;
        meeting.updatedBy = username;
        meeting.updatedAt = now;
        return meeting;
    }

    /** Sets the meeting's own fields; children are replaced in two steps, see {@link #removeStaleChildren}. */
    void applyFields(MeetingData data, Instant start, Instant end, String username, Instant now) {
        this.title = data.title().trim();
        this.kind = data.kind();
        this.tier = data.tier();
        this.format = data.format();
        this.start = start;
        this.end = end;
        this.timeZone = data.timeZone();
        this.venueId = data.venue() == null ? null : data.venue().value();
        this.roomId = data.room() == null ? null : data.room().value();
        this.initiatingSide = data.initiatingSide();
        this.hostSide = data.hostSide();
        this.classification = data.classification();
        this.objectives = data.objectives().trim();
        this.parentConferenceId =
                data.parentConference() == null ? null : data.parentConference().value();
        this.followUpOfId = data.followUpOf() == null ? null : data.followUpOf().value();
        this.updatedBy = username;
        this.updatedAt = now;
    }

    /** Sets the links to the conference and the earlier meeting, for links the editor could not see. */
    void relink(@Nullable Long conference, @Nullable Long earlier) {
        this.parentConferenceId = conference;
        this.followUpOfId = earlier;
    }

    /**
     * First step of replacing the children: drops members, delegations and agenda items that the new data no longer
     * has (delegations by their place in the list, members by person, agenda items as {@link #matchAgenda} decides).
     * The caller flushes before {@link #applyChildren}, so that a person who moves to another delegation is deleted
     * before being inserted again (the database allows a person once per meeting).
     */
    void removeStaleChildren(MeetingData data) {
        while (delegations.size() > data.delegations().size()) {
            delegations.removeLast();
        }
        for (int i = 0; i < delegations.size(); i++) {
            delegations.get(i).removeMembersNotIn(data.delegations().get(i));
        }
        Set<AgendaItem> kept = Arrays.stream(matchAgenda(data.agenda()))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        agenda.removeIf(item -> !kept.contains(item));
    }

    void applyChildren(MeetingData data) {
        for (int i = 0; i < data.delegations().size(); i++) {
            DelegationData delegationData = data.delegations().get(i);
            if (i < delegations.size()) {
                delegations.get(i).apply(i, delegationData);
            } else {
                var delegation = new Delegation(this);
                delegation.apply(i, delegationData);
                delegations.add(delegation);
            }
        }
        @Nullable AgendaItem[] matched = matchAgenda(data.agenda());
        for (int i = 0; i < data.agenda().size(); i++) {
            AgendaItem item = matched[i];
            if (item == null) {
                item = new AgendaItem(this);
                agenda.add(item);
            }
            item.apply(i, data.agenda().get(i));
        }
        agenda.sort(Comparator.comparingInt(AgendaItem::position));
    }

    /**
     * Which saved agenda item each entry of the new agenda updates (null: a new item), so that an item keeps its
     * identity, and its history, when items before it are removed or the agenda is reordered. An entry with the same
     * title is the same item wherever it moved; otherwise it is the item that stood at its place, if no entry took
     * it (the planner edited that item's title). Everything else was removed or added. Called by both steps of an
     * update; before {@link #applyChildren} changes positions, it gives both the same answer.
     */
    private @Nullable AgendaItem[] matchAgenda(List<AgendaItemData> wanted) {
        @Nullable AgendaItem[] matched = new AgendaItem[wanted.size()];
        Set<AgendaItem> taken = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String title = wanted.get(i).title().trim();
            for (AgendaItem item : agenda) {
                if (!taken.contains(item) && item.title().equals(title)) {
                    matched[i] = item;
                    taken.add(item);
                    break;
                }
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (matched[i] != null) {
                continue;
            }
            for (AgendaItem item : agenda) {
                if (!taken.contains(item) && item.position() == i) {
                    matched[i] = item;
                    taken.add(item);
                    break;
                }
            }
        }
        return matched;
    }

    MeetingId id() {
        if (id == null) {
            throw new IllegalStateException("meeting not saved yet");
        }
        return new MeetingId(id);
    }

    @Nullable
    Long rawId() {
        return id;
    }

    String title() {
        return title;
    }

    MeetingKind kind() {
        return kind;
    }

    Tier tier() {
        return tier;
    }

    MeetingFormat format() {
        return format;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    ZoneId timeZone() {
        return timeZone;
    }

    @Nullable
    Long venueId() {
        return venueId;
    }

    @Nullable
    Long roomId() {
        return roomId;
    }

    @Nullable
    CountryCode initiatingSide() {
        return initiatingSide;
    }

    @Nullable
    CountryCode hostSide() {
        return hostSide;
    }

    Classification classification() {
        return classification;
    }

    String objectives() {
        return objectives;
    }

    @Nullable
    Long parentConferenceId() {
        return parentConferenceId;
    }

    @Nullable
    Long followUpOfId() {
        return followUpOfId;
    }

    MeetingStatus status() {
        return status;
    }

    boolean everApproved() {
        return everApproved;
    }

    /**
     * Marks a change that is not the planner's, such as a participant's answer: feeds and editors open on the meeting
     * notice it (docs/0025).
     */
    void touch(String username, Instant now) {
        this.updatedBy = username;
        this.updatedAt = now;
    }

    void changeStatus(MeetingStatus status, String username, Instant now) {
        this.status = status;
        this.everApproved |= status == MeetingStatus.APPROVED;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<Delegation> delegations() {
        return delegations;
    }

    List<AgendaItem> agenda() {
        return agenda;
    }
}
