package org.parley.readout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.ParleyTest;
import org.parley.meeting.MeetingId;
import org.parley.readout.ReadoutDraft;
import org.parley.readout.ReadoutService;
import org.parley.readout.ReadoutStatus;
import org.parley.readout.ReadoutTextData;
import org.parley.shared.Classification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ReadoutViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccessFixture fixture;

    @Autowired
    ReadoutService readouts;

    private MeetingId drafted(Classification classification, String english) {
        MeetingId call = fixture.ended(classification);
        fixture.as(
                "planner",
                () -> readouts.saveDraft(
                        call,
                        new ReadoutDraft(List.of(
                                new ReadoutTextData("en", english),
                                new ReadoutTextData("ar", "اتفق الوزيران على إبقاء قنوات الاتصال مفتوحة")))));
        return call;
    }

    private List<String> cardTitles() {
        return $(Article.class).all().stream()
                .map(card -> $(H2.class, card).first().getElement().getTextRecursively())
                .toList();
    }

    @Test
    @WithUserDetails("planner")
    void a_planner_drafts_the_readout_on_the_meeting_page_in_two_languages() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).id("edit-readout")).click();
        ReadoutDialog dialog = $(ReadoutDialog.class).first();
        dialog.rows.getFirst().body.setValue("The ministers agreed to keep channels open");
        test($(Button.class).id("readout-add-language")).click();
        dialog.rows.get(1).language.setValue("ru");
        dialog.rows.get(1).body.setValue("Министры договорились сохранять каналы связи");
        test(dialog.save).click();

        assertThat(readouts.of(call).orElseThrow().texts())
                .extracting(t -> t.language() + ": " + t.draft())
                .containsExactly(
                        "en: The ministers agreed to keep channels open",
                        "ru: Министры договорились сохранять каналы связи");
        assertThat($(Span.class).id("readout-status").getText()).isEqualTo("Draft");
    }

    @Test
    @WithUserDetails("planner")
    void a_language_without_text_is_marked_and_nothing_is_saved() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).id("edit-readout")).click();
        ReadoutDialog dialog = $(ReadoutDialog.class).first();
        test(dialog.save).click();

        assertThat(dialog.rows.getFirst().body.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(readouts.of(call)).isEmpty();
    }

    @Test
    @WithUserDetails("approver")
    void an_approver_confirms_the_release_of_a_classified_meetings_readout() {
        MeetingId call = drafted(Classification.CONFIDENTIAL, "Consultations took place");
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).id("release-readout")).click();
        ReleaseDialog dialog = $(ReleaseDialog.class).first();
        test(dialog.release).click();
        assertThat(dialog.confirmClassified.isInvalid()).isTrue();
        assertThat(readouts.of(call).orElseThrow().status()).isEqualTo(ReadoutStatus.DRAFT);

        dialog.confirmClassified.setValue(true);
        test(dialog.release).click();

        assertThat(readouts.of(call).orElseThrow().status()).isEqualTo(ReadoutStatus.RELEASED);
        assertThat($(Span.class).id("readout-status").getText()).isEqualTo("Released");
    }

    @Test
    @WithUserDetails("approver")
    void withdrawing_needs_a_reason_and_leaves_the_notice() {
        MeetingId call = drafted(Classification.UNCLASSIFIED, "Too early");
        readouts.release(call, false);
        UI.getCurrent().navigate("meetings/" + call);

        test($(Button.class).id("withdraw-readout")).click();
        WithdrawDialog dialog = $(WithdrawDialog.class).first();
        test(dialog.withdraw).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        test($(TextArea.class).id("readout-withdraw-reason")).setValue("Issued by mistake.");
        test(dialog.withdraw).click();

        assertThat(readouts.of(call).orElseThrow().status()).isEqualTo(ReadoutStatus.WITHDRAWN);
        assertThat($(Button.class).all())
                .extracting(Button::getId)
                .doesNotContain(java.util.Optional.of("edit-readout"), java.util.Optional.of("release-readout"));
    }

    @Test
    @WithAnonymousUser
    void the_public_page_shows_released_readouts_without_sign_in_and_nothing_else() {
        MeetingId released = drafted(Classification.UNCLASSIFIED, "Released wording");
        fixture.as("approver", () -> readouts.release(released, false));
        MeetingId unreleased = drafted(Classification.UNCLASSIFIED, "Unreleased wording");
        MeetingId secret = fixture.ended(Classification.SECRET);
        fixture.asSystem(() ->
                readouts.saveDraft(secret, new ReadoutDraft(List.of(new ReadoutTextData("en", "Secret wording")))));

        UI.getCurrent().navigate("readouts", com.vaadin.flow.router.QueryParameters.of("country", "US"));

        assertThat(cardTitles())
                .contains(fixture.dataOf(released).title())
                .doesNotContain(
                        fixture.dataOf(unreleased).title(),
                        fixture.dataOf(secret).title());
        Article card = $(Article.class)
                .id("readout-"
                        + fixture.as("viewer", () -> readouts.of(released))
                                .orElseThrow()
                                .id());
        assertThat(card.getElement().getTextRecursively())
                .contains("Released wording")
                .doesNotContain("Keep the channels open"); // the meeting's objectives stay internal
    }

    @Test
    @WithAnonymousUser
    void the_public_page_speaks_the_visitors_language_and_shows_their_text_first() {
        MeetingId released = drafted(Classification.UNCLASSIFIED, "Released in two languages");
        fixture.as("approver", () -> readouts.release(released, false));
        long id =
                fixture.as("viewer", () -> readouts.of(released)).orElseThrow().id();
        UI.getCurrent().setLocale(Locale.of("ar"));

        UI.getCurrent().navigate("readouts/" + id);

        Article card = $(Article.class).id("readout-" + id);
        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("البيانات الصحفية");
        assertThat(card.getChildren()
                        .filter(c -> c.getElement().hasAttribute("lang"))
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("lang"))
                .isEqualTo("ar");
    }
}
