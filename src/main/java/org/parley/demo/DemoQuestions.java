package org.parley.demo;

import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.parley.directory.PersonId;
import org.parley.meeting.MeetingId;
import org.parley.relations.OpenQuestion;
import org.parley.relations.QuestionData;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionStatus;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The open questions between Russia and the United States in the scenario (docs/0030): restrictions on the diplomatic
 * missions since 2016, sanctions, direct flights, the embassies' property and the diplomats' visas, and the summit's
 * preparation, raised at the agenda items of the ministers' call, the experts' meeting and the Riyadh talks. They are
 * raised before the call's decisions are recorded, so that those decisions join their timelines.
 */
final class DemoQuestions {

    private static final Set<CountryCode> RU_US = Set.of(new CountryCode("RU"), new CountryCode("US"));

    private final QuestionService questions;
    private final UserDetailsService users;
    private long restrictions;

    DemoQuestions(QuestionService questions, UserDetailsService users) {
        this.questions = questions;
        this.users = users;
    }

    /** Opens the questions and raises them at the scenario's agenda items. */
    void raise(DemoMeetings demo) {
        restrictions = open(
                "Restrictions on diplomatic missions since 2016",
                "Expulsions, closed consulates, limits on staffing and travel imposed on both sides since 2016.",
                "Restore normal working conditions for both embassies on a reciprocal basis.",
                "Ready to discuss staffing first; property only after that.",
                demo.directorId(),
                QuestionStatus.OPEN,
                Classification.UNCLASSIFIED);
        raise(restrictions, demo.ministersCall, 4);
        raise(restrictions, demo.experts, 0);
        raise(restrictions, demo.riyadh, 0);
        long sanctions = open(
                "Unilateral sanctions",
                "Sectoral and personal sanctions and their effect on trade and on the missions' banking.",
                "Sanctions are illegitimate; their lifting belongs on the agenda.",
                "Sanctions stay while the conflict continues.",
                demo.ministerId(),
                QuestionStatus.OPEN,
                Classification.RESTRICTED);
        raise(sanctions, demo.ministersCall, 1);
        long flights = open(
                "Direct flights",
                "Direct air service between the two countries, suspended since 2022.",
                "Resume direct flights as part of normalising contacts.",
                "Not before progress on the embassies.",
                null,
                QuestionStatus.OPEN,
                Classification.UNCLASSIFIED);
        raise(flights, demo.riyadh, 3);
        long property = open(
                "The embassies' property",
                "Diplomatic property seized or closed to the other side's mission.",
                "Return the six properties closed in 2016\u20132017.",
                "",
                demo.directorId(),
                QuestionStatus.OPEN,
                Classification.UNCLASSIFIED);
        raise(property, demo.experts, 2);
        long visas = open(
                "Visas for diplomats",
                "Delays and refusals of visas for newly posted diplomats and their families.",
                "Issue visas within a fixed period on a reciprocal basis.",
                "",
                demo.directorId(),
                QuestionStatus.OPEN,
                Classification.UNCLASSIFIED);
        raise(visas, demo.experts, 1);
        long summit = open(
                "Preparation of the summit",
                "Date, place and substance of a meeting of the Presidents.",
                "",
                "",
                demo.ministerId(),
                QuestionStatus.OPEN,
                Classification.RESTRICTED);
        raise(summit, demo.riyadh, 2);
    }

    /** After the ministers' call: the restrictions are in the experts' hands now. */
    void move() {
        as(
                "planner",
                () -> questions.move(
                        restrictions,
                        QuestionStatus.IN_PROGRESS,
                        "The Foreign Ministers agreed to convene experts on the work of the embassies."));
        as(
                "planner",
                () -> questions.addNote(
                        restrictions,
                        "The embassy reports that the other side has named its experts; Istanbul proposed as venue."));
    }

    private long open(
            String title,
            String description,
            String ours,
            String theirs,
            @Nullable PersonId owner,
            QuestionStatus status,
            Classification classification) {
        OpenQuestion question = as(
                "planner",
                () -> questions.create(
                        new QuestionData(title, description, ours, theirs, owner, status, classification, RU_US)));
        return question.id();
    }

    private void raise(long question, MeetingId meeting, int agendaPosition) {
        as("planner", () -> questions.raise(question, meeting, agendaPosition));
    }

    private <T> T as(String username, Supplier<T> work) {
        return SystemTask.runAs(users.loadUserByUsername(username), work);
    }
}
