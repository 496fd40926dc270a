package org.parley.meeting;

/** Through what a participant's answer reached Parley (docs/0025). */
public enum AnswerSource {
    /** The planner entered it in the editor, e.g. after a telephone call. */
    PLANNER,
    /** The participant answered on the meeting's page. */
    PARLEY,
    /** The participant's program answered through the HTTP API with their token. */
    API,
    /** A calendar program's iMIP REPLY by e-mail. */
    EMAIL
}
