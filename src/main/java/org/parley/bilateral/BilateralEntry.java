package org.parley.bilateral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;

/** A bilateral request of a conference, and where the last plan put it. */
@Entity
@Table(name = "bilateral_request")
class BilateralEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "conference_id", nullable = false)
    private long conferenceId;

    @Column(name = "counterpart_country", nullable = false, length = 2)
    private @Nullable CountryCode counterpartCountry;

    @Column(name = "counterpart_principal_id", nullable = false)
    private long counterpartPrincipalId;

    @Column(name = "our_principal_id", nullable = false)
    private long ourPrincipalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, length = 8)
    private RequestedBy requestedBy = RequestedBy.US;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority = Priority.SHOULD;

    private @Nullable Integer precedence;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "party_size", nullable = false)
    private int partySize;

    private @Nullable Instant earliest;
    private @Nullable Instant latest;

    @Column(name = "preferred_from")
    private @Nullable Instant preferredFrom;

    @Column(name = "preferred_to")
    private @Nullable Instant preferredTo;

    @ElementCollection
    @CollectionTable(name = "bilateral_unavailability", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Span> unavailable = new ArrayList<>();

    @Column(nullable = false, length = BilateralRequestData.NOTES_MAX_LENGTH)
    private String notes = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BilateralStatus status = BilateralStatus.REQUESTED;

    @Column(name = "planned_start")
    private @Nullable Instant plannedStart;

    @Column(name = "planned_room_id")
    private @Nullable Long plannedRoomId;

    @Column(nullable = false)
    private boolean pinned;

    @Enumerated(EnumType.STRING)
    @Column(name = "unplaced_reason", length = 32)
    private @Nullable UnplacedReason unplacedReason;

    @Column(name = "meeting_id")
    private @Nullable Long meetingId;

    @Version
    private long version;

    protected BilateralEntry() {}

    BilateralEntry(long conferenceId) {
        this.conferenceId = conferenceId;
    }

    /** A time the counterpart is elsewhere, stored as instants. */
    @Embeddable
    static class Span {
        @Column(name = "starts_at", nullable = false)
        private Instant start = Instant.EPOCH;

        @Column(name = "ends_at", nullable = false)
        private Instant end = Instant.EPOCH;

        protected Span() {}

        Span(Instant start, Instant end) {
            this.start = start;
            this.end = end;
        }

        Instant start() {
            return start;
        }

        Instant end() {
            return end;
        }
    }

    /** Takes the planner's input; a change to what constrains the time keeps the last placement as a starting point. */
    void apply(BilateralRequestData data, ZoneId zone) {
        counterpartCountry = data.counterpartCountry();
        counterpartPrincipalId = data.counterpartPrincipal().value();
        ourPrincipalId = data.ourPrincipal().value();
        requestedBy = data.requestedBy();
        priority = data.priority();
        precedence = data.precedence();
        durationMinutes = data.durationMinutes();
        partySize = data.partySize();
        earliest = instant(data.earliest(), zone);
        latest = instant(data.latest(), zone);
        preferredFrom = instant(data.preferredFrom(), zone);
        preferredTo = instant(data.preferredTo(), zone);
        unavailable.clear();
        data.unavailable()
                .forEach(s -> unavailable.add(new Span(
                        Objects.requireNonNull(instant(s.start(), zone)),
                        Objects.requireNonNull(instant(s.end(), zone)))));
        notes = data.notes();
    }

    BilateralRequestData toData(ZoneId zone) {
        return new BilateralRequestData(
                Objects.requireNonNull(counterpartCountry),
                new PersonId(counterpartPrincipalId),
                new PersonId(ourPrincipalId),
                requestedBy,
                priority,
                precedence,
                durationMinutes,
                partySize,
                local(earliest, zone),
                local(latest, zone),
                local(preferredFrom, zone),
                local(preferredTo, zone),
                unavailable.stream()
                        .map(s -> new LocalSpan(
                                LocalDateTime.ofInstant(s.start(), zone), LocalDateTime.ofInstant(s.end(), zone)))
                        .toList(),
                notes);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    void place(Instant start, long roomId) {
        plannedStart = start;
        plannedRoomId = roomId;
        unplacedReason = null;
    }

    void leaveOut(UnplacedReason reason) {
        plannedStart = null;
        plannedRoomId = null;
        pinned = false;
        unplacedReason = reason;
    }

    void pin(boolean pin) {
        pinned = pin && plannedStart != null;
    }

    void status(BilateralStatus newStatus) {
        status = newStatus;
    }

    void meeting(long id) {
        meetingId = id;
    }

    BilateralId id() {
        return new BilateralId(Objects.requireNonNull(id));
    }

    long conferenceId() {
        return conferenceId;
    }

    long counterpartPrincipalId() {
        return counterpartPrincipalId;
    }

    long ourPrincipalId() {
        return ourPrincipalId;
    }

    Priority priority() {
        return priority;
    }

    @Nullable
    Integer precedence() {
        return precedence;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    int partySize() {
        return partySize;
    }

    @Nullable
    Instant earliest() {
        return earliest;
    }

    @Nullable
    Instant latest() {
        return latest;
    }

    @Nullable
    Instant preferredFrom() {
        return preferredFrom;
    }

    @Nullable
    Instant preferredTo() {
        return preferredTo;
    }

    List<Span> unavailable() {
        return unavailable;
    }

    BilateralStatus status() {
        return status;
    }

    @Nullable
    Instant plannedStart() {
        return plannedStart;
    }

    @Nullable
    Instant plannedEnd() {
        return plannedStart == null ? null : plannedStart.plusSeconds(60L * durationMinutes);
    }

    @Nullable
    Long plannedRoomId() {
        return plannedRoomId;
    }

    boolean pinned() {
        return pinned;
    }

    @Nullable
    UnplacedReason unplacedReason() {
        return unplacedReason;
    }

    @Nullable
    Long meetingId() {
        return meetingId;
    }

    long version() {
        return version;
    }
}
