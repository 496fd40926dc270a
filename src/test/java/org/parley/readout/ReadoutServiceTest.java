package org.parley.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.AccessFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.approval.ApprovalService;
import org.parley.meeting.MeetingId;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ParleyTest
class ReadoutServiceTest {

    @Autowired
    ReadoutService readouts;

    @Autowired
    ApprovalService approvals;

    @Autowired
    AccessFixture fixture;

    @Autowired
    MutableClock clock;

    @Autowired
    org.parley.audit.AuditService audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ReadoutDraft inEnglishAndRussian(String english, String russian) {
        return new ReadoutDraft(List.of(new ReadoutTextData("en", english), new ReadoutTextData("ru", russian)));
    }

    private Readout drafted(MeetingId meeting, String english) {
        return fixture.as(
                "planner",
                () -> readouts.saveDraft(
                        meeting, inEnglishAndRussian(english, "Министры договорились сохранять каналы связи")));
    }

    private List<String> publicTitles() {
        return fixture.as("viewer", () -> readouts.published(null, PageRequest.of(0, 500)))
                .map(PublicReadout::title)
                .toList();
    }

    @Test
    void a_drafted_readout_is_seen_by_those_who_see_the_meeting_and_not_by_the_public() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        drafted(call, "The ministers agreed to keep channels open");

        Readout seen = fixture.as("viewer", () -> readouts.of(call)).orElseThrow();

        assertThat(seen.status()).isEqualTo(ReadoutStatus.DRAFT);
        assertThat(seen.texts()).extracting(ReadoutText::language).containsExactly("en", "ru");
        assertThat(seen.texts()).allSatisfy(t -> assertThat(t.released()).isNull());
        assertThat(publicTitles()).doesNotContain(fixture.dataOf(call).title());
    }

    @Test
    void an_approver_releases_it_and_the_public_reads_title_place_countries_and_text_only() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        drafted(call, "The ministers agreed to keep channels open");

        Readout released = fixture.as("approver", () -> readouts.release(call, false));

        assertThat(released.status()).isEqualTo(ReadoutStatus.RELEASED);
        assertThat(released.releasedBy()).isEqualTo("approver");
        assertThat(released.hasUnreleasedChanges()).isFalse();
        PublicReadout published =
                fixture.as("viewer", () -> readouts.publishedOne(released.id())).orElseThrow();
        assertThat(published.title()).isEqualTo(fixture.dataOf(call).title());
        assertThat(published.countries()).containsExactly(new CountryCode("RU"), new CountryCode("US"));
        assertThat(published.texts())
                .extracting(PublicReadout.Text::body)
                .containsExactly(
                        "The ministers agreed to keep channels open", "Министры договорились сохранять каналы связи");
        assertThat(published.correctedAt()).isNull();
    }

    @Test
    void nobody_releases_a_readout_they_drafted_themselves() {
        String plannerWhoApproves = fixture.plannerWhoAlsoApproves();
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        fixture.as(plannerWhoApproves, () -> readouts.saveDraft(call, inEnglishAndRussian("Drafted and", "сам")));

        assertThatThrownBy(() -> fixture.as(plannerWhoApproves, () -> readouts.release(call, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("another approver");
        assertThat(fixture.as("approver", () -> readouts.release(call, false)).status())
                .isEqualTo(ReadoutStatus.RELEASED);
    }

    @Test
    void a_readout_is_released_only_once_the_approved_meeting_is_under_way() {
        MeetingId talks = fixture.submitted();
        fixture.as("approver", () -> approvals.approve(talks, 1, null));
        drafted(talks, "Talks were held");

        assertThatThrownBy(() -> fixture.as("approver", () -> readouts.release(talks, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("under way");

        clock.set(fixture.dataOf(talks)
                .start()
                .atZone(fixture.dataOf(talks).timeZone())
                .toInstant()
                .plus(Duration.ofMinutes(5)));
        assertThat(fixture.as("approver", () -> readouts.release(talks, false)).status())
                .isEqualTo(ReadoutStatus.RELEASED);
    }

    @Test
    void a_meeting_that_was_never_approved_gets_no_public_readout() {
        MeetingId draftMeeting = fixture.draft();
        drafted(draftMeeting, "Nothing happened yet");

        assertThatThrownBy(() -> fixture.as("approver", () -> readouts.release(draftMeeting, false)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(publicTitles()).doesNotContain(fixture.dataOf(draftMeeting).title());
    }

    @Test
    void a_classified_meeting_gets_a_public_readout_only_when_the_approver_confirms_it() {
        MeetingId call = fixture.ended(Classification.CONFIDENTIAL);
        String title = fixture.dataOf(call).title();
        drafted(call, "Consultations took place");

        assertThatThrownBy(() -> fixture.as("approver", () -> readouts.release(call, false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("confirm");
        assertThat(publicTitles()).doesNotContain(title);

        fixture.as("approver", () -> readouts.release(call, true));
        assertThat(publicTitles()).contains(title);
    }

    @Test
    void a_readout_above_the_callers_clearance_does_not_exist_for_them() {
        MeetingId secret = fixture.ended(Classification.SECRET);
        fixture.asSystem(() -> readouts.saveDraft(secret, inEnglishAndRussian("Secret talks", "Секретно")));

        assertThatThrownBy(() -> fixture.as("viewer", () -> readouts.of(secret)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.as("approver2", () -> readouts.release(secret, true)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.as("approver", () -> readouts.of(secret))).isPresent();
    }

    @Test
    void a_correction_keeps_the_entries_and_says_when_it_was_made() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        drafted(call, "The ministers agreed to keep channels opne");
        Readout first = fixture.as("approver", () -> readouts.release(call, false));
        PublicReadout before =
                fixture.as("viewer", () -> readouts.publishedOne(first.id())).orElseThrow();

        clock.advance(Duration.ofHours(3));
        drafted(call, "The ministers agreed to keep channels open");
        assertThat(fixture.as("viewer", () -> readouts.publishedOne(first.id()))
                        .orElseThrow()
                        .texts()
                        .getFirst()
                        .body())
                .as("the public reads the released text until the correction is released")
                .endsWith("opne");
        fixture.as("approver", () -> readouts.release(call, false));

        assertThatThrownBy(() -> fixture.as("approver", () -> readouts.release(call, false)))
                .as("a correction without a change")
                .isInstanceOf(RuleViolationException.class);

        PublicReadout after =
                fixture.as("viewer", () -> readouts.publishedOne(first.id())).orElseThrow();
        assertThat(after.texts().getFirst().body()).isEqualTo("The ministers agreed to keep channels open");
        assertThat(after.texts())
                .extracting(PublicReadout.Text::entryId)
                .isEqualTo(
                        before.texts().stream().map(PublicReadout.Text::entryId).toList());
        assertThat(after.firstReleasedAt()).isEqualTo(before.firstReleasedAt());
        assertThat(after.updatedAt()).isAfter(before.updatedAt());
        assertThat(after.correctedAt()).isEqualTo(after.updatedAt());
    }

    @Test
    void a_withdrawn_readout_leaves_a_notice_and_its_entries_but_no_text() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        drafted(call, "Released too early");
        Readout released = fixture.as("approver", () -> readouts.release(call, false));

        fixture.as("approver", () -> readouts.withdraw(call, "Issued before the other side agreed."));

        PublicReadout notice =
                fixture.as("viewer", () -> readouts.publishedOne(released.id())).orElseThrow();
        assertThat(notice.withdrawn()).isTrue();
        assertThat(notice.texts())
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.body()).isNull());
        assertThat(notice.withdrawalNotice(java.util.Locale.ENGLISH))
                .startsWith("This readout was withdrawn on")
                .endsWith("Issued before the other side agreed.");
        assertThatThrownBy(() -> drafted(call, "Try again")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void only_planners_draft_and_only_approvers_release_or_withdraw() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        assertThatThrownBy(() -> fixture.as("approver", () -> readouts.saveDraft(call, inEnglishAndRussian("a", "б"))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        drafted(call, "Drafted");
        assertThatThrownBy(() -> fixture.as("planner", () -> readouts.release(call, false)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_draft_names_each_known_language_once_and_has_text_in_each() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);

        assertThatThrownBy(() -> fixture.as(
                        "planner",
                        () -> readouts.saveDraft(
                                call,
                                new ReadoutDraft(
                                        List.of(new ReadoutTextData("en", "One"), new ReadoutTextData("en", "Two"))))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Each language once");
        assertThatThrownBy(() -> fixture.as(
                        "planner",
                        () -> readouts.saveDraft(call, new ReadoutDraft(List.of(new ReadoutTextData("xx", "Text"))))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Choose a language");
        assertThatThrownBy(() -> fixture.as(
                        "planner",
                        () -> readouts.saveDraft(
                                call, new ReadoutDraft(List.of(new ReadoutTextData("en", " \u200b "))))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(fixture.as("planner", () -> readouts.of(call))).isEmpty();
    }

    @Test
    void the_public_page_filters_by_country_and_shows_the_newest_first() {
        MeetingId older = fixture.ended(Classification.UNCLASSIFIED);
        MeetingId newer = fixture.ended(Classification.UNCLASSIFIED);
        drafted(older, "Older");
        drafted(newer, "Newer");
        fixture.as("approver", () -> readouts.release(older, false));
        clock.advance(Duration.ofMinutes(1));
        fixture.as("approver", () -> readouts.release(newer, false));

        List<String> withUs = fixture.as(
                        "viewer", () -> readouts.published(new CountryCode("US"), PageRequest.of(0, 500)))
                .map(PublicReadout::title)
                .toList();
        List<String> withFrance = fixture.as(
                        "viewer", () -> readouts.published(new CountryCode("FR"), PageRequest.of(0, 500)))
                .map(PublicReadout::title)
                .toList();

        String olderTitle = fixture.dataOf(older).title();
        String newerTitle = fixture.dataOf(newer).title();
        assertThat(withUs).contains(olderTitle, newerTitle);
        assertThat(withUs.indexOf(newerTitle)).isLessThan(withUs.indexOf(olderTitle));
        assertThat(withFrance).doesNotContain(olderTitle, newerTitle);
    }

    @Test
    void release_correction_and_withdrawal_are_in_the_audit_log() {
        MeetingId call = fixture.ended(Classification.UNCLASSIFIED);
        drafted(call, "The ministers agreed to keep channels open");
        fixture.as("approver", () -> readouts.release(call, false));
        drafted(call, "The ministers agreed to keep all channels open");
        fixture.as("approver2", () -> readouts.release(call, false));
        fixture.as("approver", () -> readouts.withdraw(call, "Issued by mistake."));

        List<org.parley.audit.AuditEntrySummary> entries =
                fixture
                        .as("admin", () -> audit.find(org.parley.audit.AuditFilter.none(), PageRequest.of(0, 200)))
                        .stream()
                        .filter(e -> e.target().equals("meeting " + call.value())
                                && e.action().startsWith("READOUT_"))
                        .toList();
        assertThat(entries)
                .extracting(e -> e.action() + " by " + e.actor() + ": " + e.details())
                .containsExactlyInAnyOrder(
                        "READOUT_RELEASED by approver: en, ru",
                        "READOUT_CORRECTED by approver2: en, ru",
                        "READOUT_WITHDRAWN by approver: Issued by mistake.");
    }
}
