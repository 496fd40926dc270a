package org.parley.counterpart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ParleyTest;
import org.parley.meeting.MeetingId;
import org.parley.protocol.ConfirmationChannel;
import org.parley.protocol.ConfirmationStatus;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The meeting page's counterpart section, its dialog, the "awaiting confirmation" label and the register view. */
@ParleyTest
class CounterpartViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccessFixture fixture;

    @AfterEach
    void retirePending() {
        fixture.retirePending();
    }

    private MeetingId approved() {
        MeetingId id = fixture.submitted();
        fixture.as("approver", () -> fixture.approvals().approve(id, 1, null));
        return id;
    }

    private List<String> awaitingLabels() {
        return $(Span.class).withClassName("parley-awaiting-confirmation").all().stream()
                .filter(Span::isVisible)
                .map(Span::getText)
                .toList();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_sees_the_meeting_awaiting_the_other_side_and_records_their_confirmation_by_telephone() {
        MeetingId id = approved();
        UI.getCurrent().navigate("meetings/" + id);

        assertThat(awaitingLabels()).containsExactly("Awaiting confirmation by United States");
        assertThat($(Div.class).id("confirmation-US").getElement().getTextRecursively())
                .contains("United States", "Proposed", "No answer yet");

        test($(Button.class).id("record-confirmation-US")).click();
        ConfirmationDialog dialog = $(ConfirmationDialog.class).first();
        dialog.status.setValue(ConfirmationStatus.CONFIRMED);
        assertThat(dialog.proposedStart.isVisible()).isFalse();
        dialog.channel.setValue(ConfirmationChannel.PHONE);
        assertThat(dialog.note.isVisible())
                .as("a note of the register only for a note verbale")
                .isFalse();
        dialog.reference.setValue("Call with the embassy");
        test(dialog.save).click();

        assertThat(awaitingLabels()).isEmpty();
        assertThat($(Div.class).id("confirmation-US").getElement().getTextRecursively())
                .contains("Confirmed", "Telephone", "Call with the embassy");
    }

    @Test
    @WithUserDetails("planner")
    void a_refused_answer_keeps_the_dialog_open_with_what_was_entered() {
        MeetingId id = approved();
        UI.getCurrent().navigate("meetings/" + id);

        test($(Button.class).id("record-confirmation-US")).click();
        ConfirmationDialog dialog = $(ConfirmationDialog.class).first();
        dialog.status.setValue(ConfirmationStatus.COUNTER_PROPOSED);
        dialog.channel.setValue(ConfirmationChannel.EMAIL);
        dialog.reference.setValue("Their e-mail");
        test(dialog.save).click(); // no proposed time given

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reference.getValue()).isEqualTo("Their e-mail");
        assertThat(awaitingLabels()).containsExactly("Awaiting confirmation by United States");
    }

    @Test
    @WithUserDetails("approver")
    void the_register_lists_the_notes_an_approver_may_see_and_offers_no_recording() {
        var note = fixture.noteVerbale(Classification.UNCLASSIFIED);
        UI.getCurrent().navigate("notes-verbales");

        NotesVerbalesView view = $(NotesVerbalesView.class).first();
        view.year.setValue(2026);
        view.direction.setValue(org.parley.counterpart.NoteDirection.OUTGOING);
        assertThat(view.record.isVisible()).isFalse();
        // the first page the grid asks for: the newest notes of the year
        assertThat(view.grid
                        .getDataProvider()
                        .fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, null))
                        .anyMatch(n -> n.id().equals(note.id())))
                .isTrue();
    }
}
