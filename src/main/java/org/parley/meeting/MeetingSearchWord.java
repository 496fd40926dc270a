package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One word of a meeting's search document, where the database has no full-text search (H2): only read by queries,
 * written by {@link MeetingSearchIndex} with plain SQL (docs/0019-search.md).
 */
@Entity
@Immutable
@Table(name = "meeting_search_word")
@IdClass(MeetingSearchWord.Key.class)
class MeetingSearchWord {

    @Id
    @Column(length = 64)
    private String word = "";

    @Id
    @Column(name = "meeting_id")
    private long meetingId;

    protected MeetingSearchWord() {}

    /** The composite key JPA asks for. */
    static class Key implements Serializable {
        private String word = "";
        private long meetingId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.word.equals(word) && key.meetingId == meetingId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(word, meetingId);
        }
    }
}
