package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.CountryCode;

@Entity
@Audited
@Table(name = "agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = AgendaItemData.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = AgendaItemData.DESCRIPTION_MAX_LENGTH)
    private String description = "";

    @Column(name = "lead_delegation", length = 2)
    private @Nullable CountryCode leadDelegation;

    @Column(name = "lead_person_id")
    private @Nullable Long leadPersonId;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    protected AgendaItem() {
        this.meeting = new Meeting();
    }

    AgendaItem(Meeting meeting) {
        this.meeting = meeting;
    }

    void apply(int position, AgendaItemData data) {
        this.position = position;
        this.title = data.title().trim();
        this.description = data.description() == null ? "" : data.description().trim();
        this.leadDelegation = data.leadDelegation();
        this.leadPersonId = data.leadPerson() == null ? null : data.leadPerson().value();
        this.plannedMinutes = data.plannedMinutes();
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    @Nullable
    CountryCode leadDelegation() {
        return leadDelegation;
    }

    @Nullable
    PersonId leadPerson() {
        return leadPersonId == null ? null : new PersonId(leadPersonId);
    }

    int plannedMinutes() {
        return plannedMinutes;
    }
}
