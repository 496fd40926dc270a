package org.parley.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ParleyTest;
import org.parley.audit.AuditEntrySummary;
import org.parley.audit.AuditFilter;
import org.parley.audit.AuditService;
import org.parley.followup.FollowUpService;
import org.parley.followup.OutcomeData;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.MeetingId;
import org.parley.shared.AuditActions;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ParleyTest
class QuestionServiceTest {

    private static final CountryCode RU = new CountryCode("RU");
    private static final PageRequest PAGE = PageRequest.of(0, 500);

    @Autowired
    QuestionService questions;

    @Autowired
    FollowUpService followUps;

    @Autowired
    AuditService audit;

    @Autowired
    AccessFixture fixture;

    private OpenQuestion opened(String title, Classification classification, String by) {
        QuestionData data = AccessFixture.questionData(fixture.unique(title));
        return fixture.as(
                by,
                () -> questions.create(new QuestionData(
                        data.title(),
                        data.description(),
                        data.ourPosition(),
                        data.theirPosition(),
                        null,
                        QuestionStatus.OPEN,
                        classification,
                        data.countries())));
    }

    private List<String> titlesWithRussia(String reader) {
        return fixture.as(reader, () -> questions.ofCountry(RU, true, PAGE))
                .map(QuestionSummary::title)
                .toList();
    }

    @Test
    void a_planner_opens_a_question_and_everyone_signed_in_finds_it_under_each_of_its_countries() {
        OpenQuestion question = opened("Restrictions on missions", Classification.UNCLASSIFIED, "planner");

        assertThat(titlesWithRussia("viewer")).contains(question.title());
        assertThat(fixture.as("viewer", () -> questions.ofCountry(new CountryCode("US"), false, PAGE)))
                .extracting(QuestionSummary::title)
                .contains(question.title());
        assertThat(fixture.as("viewer", () -> questions.ofCountry(new CountryCode("FR"), true, PAGE)))
                .extracting(QuestionSummary::title)
                .doesNotContain(question.title());
        OpenQuestion read = fixture.as("viewer", () -> questions.get(question.id()));
        assertThat(read.ourPosition()).isEqualTo("Reciprocity");
        assertThat(read.timeline())
                .extracting(TimelineEntry::kind, TimelineEntry::actor, TimelineEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.CREATED, "planner", QuestionStatus.OPEN));
    }

    @Test
    void a_question_above_the_readers_clearance_is_neither_listed_nor_found() {
        OpenQuestion restricted = opened("Sanctions", Classification.RESTRICTED, "planner");

        assertThat(titlesWithRussia("viewer")).doesNotContain(restricted.title());
        assertThatThrownBy(() -> fixture.as("viewer", () -> questions.get(restricted.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(titlesWithRussia("planner2")).contains(restricted.title());
    }

    @Test
    void a_planner_may_not_classify_a_question_above_their_own_clearance() {
        assertThatThrownBy(() -> opened("Too secret", Classification.CONFIDENTIAL, "planner2"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("above your own clearance");
        OpenQuestion question = opened("Within clearance", Classification.RESTRICTED, "planner2");
        QuestionData raised = withClassification(question.toData(), Classification.CONFIDENTIAL);
        assertThatThrownBy(
                        () -> fixture.as("planner2", () -> questions.update(question.id(), question.version(), raised)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_decision_on_an_agenda_item_where_the_question_was_raised_joins_its_timeline() {
        OpenQuestion question = opened("Embassies' property", Classification.UNCLASSIFIED, "planner");
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        fixture.as("planner", () -> questions.raise(question.id(), call, 0));

        fixture.as(
                "planner",
                () -> followUps.record(
                        call,
                        new OutcomeData(OutcomeKind.DECISION, "Experts to meet in Istanbul", 0, null, null, null)));
        fixture.as(
                "planner",
                () -> followUps.record(
                        call, new OutcomeData(OutcomeKind.DECISION, "Not about any item", null, null, null, null)));

        OpenQuestion read = fixture.as("viewer", () -> questions.get(question.id()));
        assertThat(read.raisedAt())
                .extracting(RaisedAt::meeting, RaisedAt::agendaPosition, RaisedAt::agendaTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(call, 0, "Channels"));
        assertThat(read.timeline())
                .extracting(TimelineEntry::kind, TimelineEntry::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.CREATED, ""),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.RAISED, "Channels"),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.OUTCOME, "Experts to meet in Istanbul"));
        QuestionSummary row = fixture.as("viewer", () -> questions.ofCountry(RU, false, PAGE)).stream()
                .filter(q -> q.id() == question.id())
                .findFirst()
                .orElseThrow();
        assertThat(row.lastMovement()).isNotNull();
        assertThat(row.lastMovement().text()).isEqualTo("Experts to meet in Istanbul");
        assertThat(fixture.as("viewer", () -> questions.raisedAt(call)))
                .extracting(LinkedQuestion::questionId, LinkedQuestion::agendaPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(question.id(), 0));
    }

    @Test
    void what_happened_at_a_meeting_above_the_readers_clearance_stays_out_of_the_question() {
        OpenQuestion question = opened("Visas for diplomats", Classification.UNCLASSIFIED, "planner");
        MeetingId confidential = fixture.ended(Classification.CONFIDENTIAL);
        fixture.as("planner", () -> questions.raise(question.id(), confidential, 0));
        fixture.as(
                "planner",
                () -> followUps.record(
                        confidential,
                        new OutcomeData(OutcomeKind.DECISION, "A confidential decision", 0, null, null, null)));

        OpenQuestion seenByViewer = fixture.as("viewer", () -> questions.get(question.id()));
        assertThat(seenByViewer.raisedAt()).isEmpty();
        assertThat(seenByViewer.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.CREATED);
        assertThat(fixture.as("viewer", () -> questions.ofCountry(RU, false, PAGE)).stream()
                        .filter(q -> q.id() == question.id())
                        .findFirst()
                        .orElseThrow()
                        .lastMovement()
                        .kind())
                .isEqualTo(TimelineKind.CREATED);
        OpenQuestion seenByPlanner = fixture.as("planner", () -> questions.get(question.id()));
        assertThat(seenByPlanner.timeline()).extracting(TimelineEntry::text).contains("A confidential decision");
    }

    @Test
    void an_edit_records_what_changed_and_a_stale_edit_is_refused() {
        OpenQuestion question = opened("Direct flights", Classification.UNCLASSIFIED, "planner");
        QuestionData data = question.toData();
        QuestionData edited = new QuestionData(
                data.title() + " (resumed)",
                data.description(),
                "Resume them now",
                data.theirPosition(),
                null,
                QuestionStatus.IN_PROGRESS,
                data.classification(),
                data.countries());

        OpenQuestion saved = fixture.as("planner", () -> questions.update(question.id(), question.version(), edited));

        assertThat(saved.status()).isEqualTo(QuestionStatus.IN_PROGRESS);
        assertThat(saved.ourPosition()).isEqualTo("Resume them now");
        assertThat(saved.timeline())
                .extracting(TimelineEntry::kind, TimelineEntry::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.CREATED, ""),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.CHANGED, "title,ourPosition"),
                        org.assertj.core.groups.Tuple.tuple(TimelineKind.STATUS, ""));
        assertThatThrownBy(
                        () -> fixture.as("planner2", () -> questions.update(question.id(), question.version(), data)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Someone else saved");
        assertThat(fixture.as("viewer", () -> questions.get(question.id())).title())
                .isEqualTo(edited.title());
    }

    @Test
    void every_change_to_a_question_is_in_the_audit_log() {
        OpenQuestion question = opened("Audited question", Classification.UNCLASSIFIED, "planner");
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        fixture.as("planner", () -> questions.raise(question.id(), call, 0));
        fixture.as("planner", () -> questions.addNote(question.id(), "The embassy reports progress"));
        fixture.as("planner", () -> questions.move(question.id(), QuestionStatus.RESOLVED, "Settled"));
        fixture.as(
                "planner",
                () -> followUps.record(
                        call, new OutcomeData(OutcomeKind.DECISION, "Settled for good", 0, null, null, null)));

        List<AuditEntrySummary> entries =
                fixture.as("admin", () -> audit.find(AuditFilter.none(), PageRequest.of(0, 200))).stream()
                        .filter(e -> e.target().equals("question " + question.id()))
                        .toList();
        assertThat(entries)
                .extracting(AuditEntrySummary::action)
                .containsExactlyInAnyOrder(
                        AuditActions.QUESTION_CREATED,
                        AuditActions.QUESTION_RAISED,
                        AuditActions.QUESTION_NOTED,
                        AuditActions.QUESTION_STATUS_CHANGED,
                        AuditActions.QUESTION_OUTCOME_ADDED);
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("planner"));
    }

    @Test
    void bad_input_is_refused_with_a_reason_and_changes_nothing() {
        OpenQuestion question = opened("Banking of the missions", Classification.UNCLASSIFIED, "planner");
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        QuestionData data = question.toData();

        assertThatThrownBy(() -> fixture.as(
                        "planner",
                        () -> questions.create(new QuestionData(
                                "  ", "", "", "", null, QuestionStatus.OPEN, Classification.UNCLASSIFIED, Set.of()))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("country");
        assertThatThrownBy(() -> fixture.as("planner", () -> questions.addNote(question.id(), " ")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(
                        () -> fixture.as("planner", () -> questions.addNote(question.id(), "<script>x</script>\u0000")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> fixture.as("planner", () -> questions.raise(question.id(), call, 7)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("agenda item does not exist");
        fixture.as("planner", () -> questions.raise(question.id(), call, 0));
        assertThatThrownBy(() -> fixture.as("planner", () -> questions.raise(question.id(), call, 0)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already raised");
        assertThatThrownBy(() -> fixture.as(
                        "planner",
                        () -> questions.update(
                                question.id(),
                                question.version(),
                                new QuestionData(
                                        data.title(),
                                        "x".repeat(QuestionData.TEXT_MAX_LENGTH + 1),
                                        "",
                                        "",
                                        null,
                                        QuestionStatus.OPEN,
                                        Classification.UNCLASSIFIED,
                                        data.countries()))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("At most 4,000 characters");
        assertThatThrownBy(() -> fixture.as("planner", () -> questions.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.as("viewer", () -> questions.get(question.id())).timeline())
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.CREATED, TimelineKind.RAISED);
    }

    private static QuestionData withClassification(QuestionData data, Classification classification) {
        return new QuestionData(
                data.title(),
                data.description(),
                data.ourPosition(),
                data.theirPosition(),
                data.owner(),
                data.status(),
                classification,
                data.countries());
    }
}
