package org.parley.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;

/**
 * A decision or action item. It keeps a copy of its meeting's title and classification (updated whenever the meeting
 * is saved), so that the action items list can apply clearance in the database.
 */
@Entity
@Table(name = "meeting_outcome")
class OutcomeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "meeting_title", nullable = false, length = 200)
    private String meetingTitle = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_classification", nullable = false, length = 16)
    private Classification meetingClassification = Classification.UNCLASSIFIED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutcomeKind kind = OutcomeKind.DECISION;

    @Column(nullable = false, length = OutcomeData.TEXT_MAX_LENGTH)
    private String text = "";

    @Column(name = "agenda_position")
    private @Nullable Integer agendaPosition;

    @Column(name = "owner_person_id")
    private @Nullable Long ownerPersonId;

    @Column(name = "owner_name", length = 200)
    private @Nullable String ownerName;

    @Column(name = "owner_user", length = 64)
    private @Nullable String ownerUser;

    @Column(name = "search_owner", length = 264)
    private @Nullable String searchOwner;

    private @Nullable LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "follow_up_meeting_id")
    private @Nullable Long followUpMeetingId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @Version
    private long version;

    protected OutcomeEntry() {}

    OutcomeEntry(
            MeetingId meeting,
            String meetingTitle,
            Classification classification,
            OutcomeData data,
            @Nullable String ownerName,
            String recordedBy,
            Instant recordedAt) {
        this.meetingId = meeting.value();
        this.meetingTitle = meetingTitle;
        this.meetingClassification = classification;
        this.kind = data.kind();
        this.text = data.text().trim();
        this.agendaPosition = data.agendaPosition();
        this.ownerPersonId =
                data.ownerPerson() == null ? null : data.ownerPerson().value();
        this.ownerName = ownerName;
        this.ownerUser = data.ownerUser() == null || data.ownerUser().isBlank()
                ? null
                : data.ownerUser().trim();
        this.searchOwner = ((ownerName == null ? "" : ownerName) + " " + (ownerUser == null ? "" : ownerUser))
                .trim()
                .toLowerCase(java.util.Locale.ROOT);
        this.due = data.due();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void meetingChanged(String title, Classification classification) {
        this.meetingTitle = title;
        this.meetingClassification = classification;
    }

    void setStatus(ActionStatus status) {
        this.status = status;
    }

    void linkFollowUp(MeetingId meeting) {
        this.followUpMeetingId = meeting.value();
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    MeetingId meetingId() {
        return new MeetingId(meetingId);
    }

    OutcomeKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    @Nullable
    MeetingId followUp() {
        return followUpMeetingId == null ? null : new MeetingId(followUpMeetingId);
    }

    Outcome toOutcome() {
        return new Outcome(
                id(),
                meetingId(),
                meetingTitle,
                kind,
                text,
                agendaPosition,
                ownerPersonId == null ? null : new PersonId(ownerPersonId),
                ownerName,
                ownerUser,
                due,
                status,
                followUp(),
                recordedBy,
                recordedAt);
    }
}
