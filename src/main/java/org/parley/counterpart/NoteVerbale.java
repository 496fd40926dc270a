package org.parley.counterpart;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** A note of the register (docs/0033). Its file lives in {@code note_verbale_file}, read only when asked for. */
@Entity
@Table(name = "note_verbale")
class NoteVerbale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private NoteDirection direction = NoteDirection.OUTGOING;

    @Column(name = "note_year", nullable = false)
    private int year;

    @Column(name = "note_number")
    private @Nullable Integer number;

    @Column(name = "sender_reference", length = NoteVerbaleData.REFERENCE_MAX_LENGTH)
    private @Nullable String senderReference;

    @Column(nullable = false, length = 2)
    private CountryCode counterpart = new CountryCode("US");

    @Column(nullable = false)
    private LocalDate dated = LocalDate.EPOCH;

    @Column(nullable = false, length = NoteVerbaleData.SUBJECT_MAX_LENGTH)
    private String subject = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Classification classification = Classification.UNCLASSIFIED;

    @Column(name = "file_name", length = 200)
    private @Nullable String fileName;

    @Column(name = "file_size")
    private @Nullable Integer fileSize;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy = "";

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "note_verbale_meeting", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "meeting_id", nullable = false)
    private Set<Long> meetings = new LinkedHashSet<>();

    protected NoteVerbale() {}

    NoteVerbale(NoteVerbaleData data, String recordedBy, Instant recordedAt) {
        this.direction = data.direction();
        this.year = data.dated().getYear();
        this.senderReference = data.direction() == NoteDirection.INCOMING && data.senderReference() != null
                ? data.senderReference().strip()
                : null;
        this.counterpart = data.counterpart();
        this.dated = data.dated();
        this.subject = data.subject().strip();
        this.classification = data.classification();
        data.meetings().forEach(m -> meetings.add(m.value()));
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void numbered(int number) {
        this.number = number;
    }

    void attached(String fileName, int size) {
        this.fileName = fileName;
        this.fileSize = size;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    NoteDirection direction() {
        return direction;
    }

    int year() {
        return year;
    }

    @Nullable
    Integer number() {
        return number;
    }

    @Nullable
    String senderReference() {
        return senderReference;
    }

    CountryCode counterpart() {
        return counterpart;
    }

    LocalDate dated() {
        return dated;
    }

    String subject() {
        return subject;
    }

    Classification classification() {
        return classification;
    }

    @Nullable
    String fileName() {
        return fileName;
    }

    @Nullable
    Integer fileSize() {
        return fileSize;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    Set<Long> meetings() {
        return meetings;
    }
}
