package org.parley.relations;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** An open question as stored; its links and timeline live in their own tables. */
@Entity
@Table(name = "open_question")
class OpenQuestionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = QuestionData.TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = QuestionData.TEXT_MAX_LENGTH)
    private String description = "";

    @Column(name = "our_position", nullable = false, length = QuestionData.TEXT_MAX_LENGTH)
    private String ourPosition = "";

    @Column(name = "their_position", nullable = false, length = QuestionData.TEXT_MAX_LENGTH)
    private String theirPosition = "";

    @Column(name = "owner_person_id")
    private @Nullable Long ownerPersonId;

    @Column(name = "owner_name", length = 200)
    private @Nullable String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status = QuestionStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Classification classification = Classification.UNCLASSIFIED;

    @ElementCollection
    @CollectionTable(name = "open_question_country", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "country", length = 2)
    @BatchSize(size = 50)
    private Set<CountryCode> countries = new TreeSet<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_moved_at", nullable = false)
    private Instant lastMovedAt = Instant.EPOCH;

    @Version
    private long version;

    protected OpenQuestionEntry() {}

    OpenQuestionEntry(QuestionData data, @Nullable String ownerName, String createdBy, Instant at) {
        this.createdBy = createdBy;
        this.createdAt = at;
        apply(data, ownerName);
        this.status = data.status();
        this.lastMovedAt = at;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long version() {
        return version;
    }

    QuestionStatus status() {
        return status;
    }

    Classification classification() {
        return classification;
    }

    String title() {
        return title;
    }

    /** The names of the fields that {@code data} changes, apart from the status ("title", "ourPosition", …). */
    List<String> changedFields(QuestionData data) {
        List<String> changed = new ArrayList<>();
        if (!title.equals(data.title())) changed.add("title");
        if (!description.equals(data.description())) changed.add("description");
        if (!ourPosition.equals(data.ourPosition())) changed.add("ourPosition");
        if (!theirPosition.equals(data.theirPosition())) changed.add("theirPosition");
        if (!Objects.equals(
                ownerPersonId, data.owner() == null ? null : data.owner().value())) changed.add("owner");
        if (classification != data.classification()) changed.add("classification");
        if (!countries.equals(new TreeSet<>(data.countries()))) changed.add("countries");
        return changed;
    }

    void apply(QuestionData data, @Nullable String newOwnerName) {
        title = data.title().strip();
        description = data.description();
        ourPosition = data.ourPosition();
        theirPosition = data.theirPosition();
        ownerPersonId = data.owner() == null ? null : data.owner().value();
        ownerName = newOwnerName;
        classification = data.classification();
        countries.clear();
        countries.addAll(data.countries());
    }

    void moveTo(QuestionStatus newStatus) {
        status = newStatus;
    }

    void moved(Instant at) {
        if (at.isAfter(lastMovedAt)) {
            lastMovedAt = at;
        }
    }

    QuestionSummary toSummary(@Nullable TimelineEntry lastMovement) {
        return new QuestionSummary(
                id(), title, status, classification, List.copyOf(countries), ownerName, lastMovedAt, lastMovement);
    }

    OpenQuestion toQuestion(List<RaisedAt> raisedAt, List<TimelineEntry> timeline) {
        return new OpenQuestion(
                id(),
                title,
                description,
                ourPosition,
                theirPosition,
                ownerPersonId == null ? null : new PersonId(ownerPersonId),
                ownerName,
                status,
                classification,
                List.copyOf(countries),
                createdBy,
                createdAt,
                lastMovedAt,
                version,
                raisedAt,
                timeline);
    }
}
