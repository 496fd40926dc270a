package org.parley.readout;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** A meeting's readout: its texts, where it stands, and the public facts copied at its last release. */
@Entity
@Table(name = "readout")
class ReadoutEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, unique = true)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_classification", nullable = false, length = 16)
    private Classification meetingClassification = Classification.UNCLASSIFIED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReadoutStatus status = ReadoutStatus.DRAFT;

    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy = "";

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt = Instant.EPOCH;

    @Column(name = "released_by", length = 64)
    private @Nullable String releasedBy;

    @Column(name = "first_released_at")
    private @Nullable Instant firstReleasedAt;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "corrected_at")
    private @Nullable Instant correctedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 1000)
    private @Nullable String withdrawalReason;

    @Column(name = "public_title", length = 200)
    private @Nullable String publicTitle;

    @Column(name = "public_start")
    private @Nullable Instant publicStart;

    @Column(name = "public_time_zone", length = 64)
    private @Nullable ZoneId publicTimeZone;

    @Column(name = "public_place", length = 200)
    private @Nullable String publicPlace;

    // lists without an order column are bags: Hibernate rewrites them whole when they change, as replacing them does
    @ElementCollection
    @CollectionTable(name = "readout_country", joinColumns = @JoinColumn(name = "readout_id"))
    @Column(name = "country", length = 2)
    @BatchSize(size = 50)
    private List<CountryCode> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "readout_text", joinColumns = @JoinColumn(name = "readout_id"))
    @BatchSize(size = 50)
    private List<TextRow> texts = new ArrayList<>();

    @Version
    private long version;

    protected ReadoutEntry() {}

    ReadoutEntry(MeetingId meeting, Classification classification) {
        this.meetingId = meeting.value();
        this.meetingClassification = classification;
    }

    /** Replaces the draft texts; a language drafted before keeps its entry id, a dropped one goes at the next release. */
    void draft(List<ReadoutTextData> drafted, String by, Instant at) {
        Map<String, TextRow> existing = texts.stream().collect(Collectors.toMap(t -> t.language, Function.identity()));
        List<TextRow> next = new ArrayList<>();
        for (ReadoutTextData data : drafted) {
            TextRow row = existing.get(data.language());
            next.add(
                    row == null
                            ? new TextRow(
                                    data.language(),
                                    UUID.randomUUID().toString(),
                                    data.body().strip(),
                                    null)
                            : new TextRow(row.language, row.entryId, data.body().strip(), row.releasedBody));
        }
        // a released language the planner dropped stays public until the next release removes it
        existing.values().stream()
                .filter(row ->
                        row.releasedBody != null && next.stream().noneMatch(n -> n.language.equals(row.language)))
                .forEach(row -> next.add(new TextRow(row.language, row.entryId, "", row.releasedBody)));
        texts.clear();
        texts.addAll(next);
        this.draftedBy = by;
        this.draftedAt = at;
    }

    /** Publishes the drafts (a first release, or a correction) with the meeting's public facts as they are now. */
    void release(String by, Instant at, PublicFacts facts) {
        boolean correction = status == ReadoutStatus.RELEASED;
        List<TextRow> released = new ArrayList<>();
        for (TextRow row : texts) {
            if (!row.draftBody.isEmpty()) {
                released.add(new TextRow(row.language, row.entryId, row.draftBody, row.draftBody));
            }
        }
        texts.clear();
        texts.addAll(released);
        this.status = ReadoutStatus.RELEASED;
        this.releasedBy = by;
        this.firstReleasedAt = firstReleasedAt == null ? at : firstReleasedAt;
        this.updatedAt = at;
        this.correctedAt = correction ? at : correctedAt;
        this.publicTitle = facts.title();
        this.publicStart = facts.start();
        this.publicTimeZone = facts.timeZone();
        this.publicPlace = facts.place();
        this.countries.clear();
        this.countries.addAll(facts.countries().stream().distinct().toList());
    }

    void withdraw(String reason, Instant at) {
        this.status = ReadoutStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.updatedAt = at;
        this.withdrawalReason = reason.strip();
    }

    void meetingClassified(Classification classification) {
        this.meetingClassification = classification;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    MeetingId meetingId() {
        return new MeetingId(meetingId);
    }

    ReadoutStatus status() {
        return status;
    }

    String draftedBy() {
        return draftedBy;
    }

    boolean hasDraftText() {
        return texts.stream().anyMatch(t -> !t.draftBody.isEmpty());
    }

    Readout toReadout() {
        List<ReadoutText> list = texts.stream()
                .sorted(Comparator.comparing(t -> t.language))
                .map(t -> new ReadoutText(t.language, t.draftBody, t.releasedBody))
                .toList();
        return new Readout(
                id(),
                meetingId(),
                status,
                list,
                draftedBy,
                draftedAt,
                releasedBy,
                firstReleasedAt,
                updatedAt,
                correctedAt,
                withdrawnAt,
                withdrawalReason);
    }

    /** Only for released and withdrawn readouts, which have public facts. */
    PublicReadout toPublic() {
        if (!status.isPublic()) {
            throw new IllegalStateException("Readout " + id + " has not been released");
        }
        boolean withdrawn = status == ReadoutStatus.WITHDRAWN;
        List<PublicReadout.Text> list = texts.stream()
                .filter(t -> t.releasedBody != null)
                .sorted(Comparator.comparing(t -> t.language))
                .map(t -> new PublicReadout.Text(t.language, withdrawn ? null : t.releasedBody, t.entryId))
                .toList();
        return new PublicReadout(
                id(),
                Objects.requireNonNull(publicTitle),
                Objects.requireNonNull(publicStart),
                Objects.requireNonNull(publicTimeZone),
                publicPlace,
                countries.stream().sorted().toList(),
                list,
                Objects.requireNonNull(firstReleasedAt),
                Objects.requireNonNull(updatedAt),
                correctedAt,
                withdrawnAt,
                withdrawalReason);
    }

    /** What the public may know of the meeting, copied at release. */
    record PublicFacts(
            String title,
            Instant start,
            ZoneId timeZone,
            @Nullable String place,
            List<CountryCode> countries) {}

    @Embeddable
    static class TextRow {

        @Column(name = "language", nullable = false, length = 8)
        private String language = "";

        @Column(name = "entry_id", nullable = false, length = 36)
        private String entryId = "";

        @Column(name = "draft_body", nullable = false, length = ReadoutTextData.BODY_MAX_LENGTH)
        private String draftBody = "";

        @Column(name = "released_body", length = ReadoutTextData.BODY_MAX_LENGTH)
        private @Nullable String releasedBody;

        protected TextRow() {}

        TextRow(String language, String entryId, String draftBody, @Nullable String releasedBody) {
            this.language = language;
            this.entryId = entryId;
            this.draftBody = draftBody;
            this.releasedBody = releasedBody;
        }
    }
}
