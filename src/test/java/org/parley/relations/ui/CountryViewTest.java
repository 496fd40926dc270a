package org.parley.relations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ParleyTest;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.relations.OpenQuestion;
import org.parley.relations.QuestionService;
import org.parley.relations.QuestionStatus;
import org.parley.relations.QuestionSummary;
import org.parley.relations.TimelineKind;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class CountryViewTest extends SpringBrowserlessTest {

    private static final CountryCode RU = new CountryCode("RU");

    @Autowired
    AccessFixture fixture;

    @Autowired
    QuestionService questions;

    @Autowired
    MeetingService meetings;

    private String pageText(String id) {
        return $(VerticalLayout.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_opens_a_question_on_the_country_page_and_reads_it_in_full() {
        String title = fixture.unique("Consulate property in San Francisco");
        UI.getCurrent().navigate("countries/RU");

        test($(Button.class).id("new-question")).click();
        QuestionDialog dialog = $(QuestionDialog.class).first();
        assertThat(dialog.countries.getValue()).containsExactly(RU);
        dialog.title.setValue(title);
        dialog.ourPosition.setValue("Return the property");
        test(dialog.save).click();

        QuestionSummary saved = questions.ofCountry(RU, false, PageRequest.of(0, 500)).stream()
                .filter(q -> q.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(saved.status()).isEqualTo(QuestionStatus.OPEN);
        QuestionPanel panel = $(QuestionPanel.class).first();
        assertThat(panel.getHeaderTitle()).isEqualTo(title);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("Return the property");

        panel.note.setValue("The embassy sent an inventory");
        test($(Button.class).id("question-add-note")).click();
        assertThat(questions.get(saved.id()).timeline())
                .extracting(e -> e.kind())
                .containsExactly(TimelineKind.CREATED, TimelineKind.NOTE);
    }

    @Test
    @WithUserDetails("planner")
    void a_question_without_title_or_country_is_marked_at_the_fields_and_not_saved() {
        UI.getCurrent().navigate("countries/RU");
        long before = questions.ofCountry(RU, true, PageRequest.of(0, 500)).getNumberOfElements();

        test($(Button.class).id("new-question")).click();
        QuestionDialog dialog = $(QuestionDialog.class).first();
        dialog.countries.setValue(Set.of());
        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.countries.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(questions.ofCountry(RU, true, PageRequest.of(0, 500)).getNumberOfElements())
                .isEqualTo(before);
    }

    @Test
    @WithUserDetails("viewer")
    void a_viewer_sees_the_meetings_with_the_country_within_clearance_and_cannot_open_questions() {
        MeetingId visible = fixture.ended(Classification.UNCLASSIFIED);
        MeetingId confidential = fixture.ended(Classification.CONFIDENTIAL);
        OpenQuestion restricted = fixture.as(
                "planner", () -> questions.create(withClassification(fixture.unique("Restricted question"))));
        UI.getCurrent().navigate("countries/RU");

        assertThat($(Button.class).withId("new-question").exists()).isFalse();
        String pastMeetings = pageText("past-meetings");
        assertThat(pastMeetings).contains(fixture.dataOf(visible).title());
        assertThat(pastMeetings).doesNotContain(fixture.dataOf(confidential).title());
        assertThat(questions.ofCountry(RU, true, PageRequest.of(0, 500)))
                .extracting(QuestionSummary::title)
                .doesNotContain(restricted.title());
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_raises_a_question_at_an_agenda_item_and_marks_it_resolved_from_the_meeting_page() {
        OpenQuestion question = fixture.openQuestion();
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).id("raise-question")).click();
        RaiseDialog dialog = $(RaiseDialog.class).first();
        dialog.question.setValue(dialog.question
                .getListDataView()
                .getItems()
                .filter(q -> q.id() == question.id())
                .findFirst()
                .orElseThrow());
        dialog.item.setValue(meetings.get(call).agenda().getFirst());
        test(dialog.raise).click();

        assertThat(questions.raisedAt(call)).extracting(q -> q.questionId()).containsExactly(question.id());
        assertThat($(Div.class).id("country-pages").getElement().getTextRecursively())
                .contains("Russia");
        test($(Button.class).withClassName("parley-resolve-question").first()).click();

        OpenQuestion resolved = questions.get(question.id());
        assertThat(resolved.status()).isEqualTo(QuestionStatus.RESOLVED);
        assertThat(resolved.timeline().getLast().text())
                .contains(fixture.dataOf(call).title());
    }

    private static org.parley.relations.QuestionData withClassification(String title) {
        var data = AccessFixture.questionData(title);
        return new org.parley.relations.QuestionData(
                data.title(),
                data.description(),
                data.ourPosition(),
                data.theirPosition(),
                null,
                QuestionStatus.OPEN,
                Classification.RESTRICTED,
                data.countries());
    }
}
