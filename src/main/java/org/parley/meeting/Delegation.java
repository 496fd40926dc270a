package org.parley.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.parley.protocol.Confirmation;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.shared.CountryCode;

@Entity
@Audited
@Table(name = "delegation")
class Delegation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2)
    private CountryCode country = new CountryCode("US");

    @Column(length = DelegationData.ORGANISATION_MAX_LENGTH)
    private @Nullable String organisation;

    @Column(nullable = false)
    private boolean ours;

    @Column(name = "manual_order", nullable = false)
    private boolean manualOrder;

    @Column(name = "working_language", length = 2)
    private @Nullable String workingLanguage;

    // the other side's answer (docs/0033); kept with the delegation, so its history is the meeting's
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "confirmation_status", nullable = false, length = 20)
    private ConfirmationStatus confirmationStatus = ConfirmationStatus.PROPOSED;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "confirmation_channel", length = 20)
    private @Nullable ConfirmationChannel confirmationChannel;

    @Column(name = "confirmation_at")
    private @Nullable Instant confirmationAt;

    @Column(name = "confirmation_reference", length = Confirmation.REFERENCE_MAX_LENGTH)
    private @Nullable String confirmationReference;

    @Column(name = "confirmation_proposed_start")
    private @Nullable Instant confirmationProposedStart;

    @Column(name = "confirmation_proposed_end")
    private @Nullable Instant confirmationProposedEnd;

    @Column(name = "confirmation_note_id")
    private @Nullable Long confirmationNote;

    @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DelegationMember> members = new ArrayList<>();

    protected Delegation() {
        this.meeting = new Meeting();
    }

    Delegation(Meeting meeting) {
        this.meeting = meeting;
    }

    void removeMembersNotIn(DelegationData data) {
        Set<Long> wanted = data.members().stream().map(m -> m.person().value()).collect(Collectors.toSet());
        members.removeIf(member -> !wanted.contains(member.personId()));
    }

    void apply(int position, DelegationData data) {
        this.position = position;
        if (!data.country().equals(this.country) || data.ours()) {
            // another side now, or our own: an answer recorded for the old side is not theirs
            confirm(Confirmation.PROPOSED);
        }
        this.country = data.country();
        this.organisation = data.organisation() == null || data.organisation().isBlank()
                ? null
                : data.organisation().trim();
        this.ours = data.ours();
        this.manualOrder = data.manualOrder();
        this.workingLanguage = data.language() == null || data.language().isBlank()
                ? null
                : data.language().trim().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < data.members().size(); i++) {
            MemberData memberData = data.members().get(i);
            DelegationMember member = members.stream()
                    .filter(m -> m.personId() == memberData.person().value())
                    .findFirst()
                    .orElseGet(() -> {
                        var added = new DelegationMember(
                                this,
                                Objects.requireNonNull(meeting.rawId()),
                                memberData.person().value());
                        members.add(added);
                        return added;
                    });
            member.apply(i, memberData);
        }
        members.sort(java.util.Comparator.comparingInt(DelegationMember::position));
    }

    void confirm(Confirmation confirmation) {
        this.confirmationStatus = confirmation.status();
        this.confirmationChannel = confirmation.channel();
        this.confirmationAt = confirmation.at();
        this.confirmationReference = confirmation.reference();
        this.confirmationProposedStart = confirmation.proposedStart();
        this.confirmationProposedEnd = confirmation.proposedEnd();
        this.confirmationNote = confirmation.noteVerbale();
    }

    Confirmation confirmation() {
        return new Confirmation(
                confirmationStatus,
                confirmationChannel,
                confirmationAt,
                confirmationReference,
                confirmationProposedStart,
                confirmationProposedEnd,
                confirmationNote);
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    boolean manualOrder() {
        return manualOrder;
    }

    @Nullable
    String workingLanguage() {
        return workingLanguage;
    }

    int position() {
        return position;
    }

    CountryCode country() {
        return country;
    }

    @Nullable
    String organisation() {
        return organisation;
    }

    boolean ours() {
        return ours;
    }

    List<DelegationMember> members() {
        return members;
    }
}
