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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
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
