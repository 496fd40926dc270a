package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting's search document: the words it can be found by (docs/0019-search.md). Not part of its history. */
@Entity
@Table(name = "meeting_search")
class MeetingSearchEntry {

    static final int DOCUMENT_MAX_LENGTH = 200_000;

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    /** Which version of {@link MeetingSearchIndex}'s builder wrote the document. */
    @Column(nullable = false)
    private int format;

    @Column(nullable = false, length = DOCUMENT_MAX_LENGTH)
    private String document = "";

    protected MeetingSearchEntry() {}

    MeetingSearchEntry(long meetingId) {
        this.meetingId = meetingId;
    }

    long meetingId() {
        return meetingId;
    }

    void write(int newFormat, String newDocument) {
        this.format = newFormat;
        this.document = newDocument;
    }
}
