package org.parley.relations;

/** An open question raised at one of a meeting's agenda items (0-based position), for the meeting page. */
public record LinkedQuestion(long questionId, String title, QuestionStatus status, int agendaPosition) {}
