package org.parley.relations;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/** A row of a country's open questions, with its last movement the reader may see. */
public record QuestionSummary(
        long id,
        String title,
        QuestionStatus status,
        Classification classification,
        List<CountryCode> countries,
        @Nullable String ownerName,
        Instant lastMovedAt,
        @Nullable TimelineEntry lastMovement) {}
