package org.parley.approval;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of the approval timeline as the meeting page shows it. */
public record TimelineStep(
        StepKind kind,
        String actor,
        boolean actorSenior,
        Instant at,
        @Nullable String comment,
        int round) {}
