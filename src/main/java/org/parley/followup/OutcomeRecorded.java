package org.parley.followup;

import org.parley.shared.Classification;

/**
 * Published in the recording transaction when a decision or action item is recorded, so that features which follow
 * an agenda item (the open questions) can note what came of it; the classification is the meeting's.
 */
public record OutcomeRecorded(Outcome outcome, Classification meetingClassification) {}
