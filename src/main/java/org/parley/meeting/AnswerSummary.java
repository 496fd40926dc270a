package org.parley.meeting;

import java.util.Collection;

/**
 * How the participants of a meeting answered: "9 of 12 accepted, 1 declined, 2 no answer" (docs/0025).
 *
 * @param headsDeclined heads of delegation who declined: the meeting may not happen as planned
 */
public record AnswerSummary(int participants, int accepted, int tentative, int declined, int headsDeclined) {

    /** One member's role and answer, the unit counted. */
    public record Answer(MemberRole role, ParticipantResponse response) {}

    public static AnswerSummary of(Collection<Answer> answers) {
        int accepted = 0;
        int tentative = 0;
        int declined = 0;
        int headsDeclined = 0;
        for (Answer answer : answers) {
            switch (answer.response()) {
                case ACCEPTED -> accepted++;
                case TENTATIVE -> tentative++;
                case DECLINED -> {
                    declined++;
                    headsDeclined += answer.role() == MemberRole.HEAD ? 1 : 0;
                }
                case NEEDS_ACTION -> {}
            }
        }
        return new AnswerSummary(answers.size(), accepted, tentative, declined, headsDeclined);
    }

    public static AnswerSummary of(MeetingDetails meeting) {
        return of(meeting.delegations().stream()
                .flatMap(d -> d.members().stream())
                .map(m -> new Answer(m.role(), m.response()))
                .toList());
    }

    public int noAnswer() {
        return participants - accepted - tentative - declined;
    }

    public boolean allAnswered() {
        return participants > 0 && noAnswer() == 0;
    }
}
