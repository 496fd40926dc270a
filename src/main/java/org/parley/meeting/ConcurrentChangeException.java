package org.parley.meeting;

import java.time.Instant;
import org.parley.shared.RuleViolationException;

/**
 * Someone saved the meeting after the editor loaded it. Nothing was saved: the editor keeps the user's version and
 * can show theirs, so that neither is lost silently.
 */
public class ConcurrentChangeException extends RuleViolationException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public ConcurrentChangeException(String changedBy, Instant changedAt, long currentVersion) {
        super(changedBy + " changed this meeting at " + changedAt
                + " while you were editing it. Your changes are not saved yet: compare with their version first.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
