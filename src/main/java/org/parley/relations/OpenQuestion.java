package org.parley.relations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * An open question with the agenda items where it was raised and its timeline (oldest first), each cut to what the
 * reader's clearance covers.
 */
public record OpenQuestion(
        long id,
        String title,
        String description,
        String ourPosition,
        String theirPosition,
        @Nullable PersonId owner,
        @Nullable String ownerName,
        QuestionStatus status,
        Classification classification,
        List<CountryCode> countries,
        String createdBy,
        Instant createdAt,
        Instant lastMovedAt,
        long version,
        List<RaisedAt> raisedAt,
        List<TimelineEntry> timeline) {

    public QuestionData toData() {
        return new QuestionData(
                title,
                description,
                ourPosition,
                theirPosition,
                owner,
                status,
                classification,
                java.util.Set.copyOf(countries));
    }
}
