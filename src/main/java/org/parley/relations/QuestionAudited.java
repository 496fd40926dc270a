package org.parley.relations;

import org.parley.shared.AuditableEvent;

/** A change to an open question, for the audit log; the target is "question {id}". */
record QuestionAudited(String actor, String action, String target, String details) implements AuditableEvent {

    static QuestionAudited of(String actor, String action, long questionId, String details) {
        return new QuestionAudited(actor, action, "question " + questionId, details);
    }
}
