package org.parley.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.MutableClock;
import org.parley.ParleyTest;
import org.parley.approval.ApprovalService;
import org.parley.directory.Person;
import org.parley.meeting.DelegationData;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDataBuilder;
import org.parley.meeting.MeetingFormat;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MemberData;
import org.parley.meeting.MemberRole;
import org.parley.security.SystemTask;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The calendar in the browserless UI: today's month, the agenda, moving between periods, filters and zones. */
@ParleyTest
class CalendarViewTest extends SpringBrowserlessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    DirectoryFixture directory;

    @Autowired
    MeetingService meetings;

    @Autowired
    ApprovalService approvals;

    @Autowired
    MutableClock clock;

    /** Each test gets its own month, far from other tests' meetings: "today" is the 18th of it, in Berlin. */
    private int year;

    @BeforeEach
    void today() {
        year = 2036 + counter.incrementAndGet();
        clock.set(LocalDateTime.of(year, 3, 18, 12, 0).atZone(BERLIN).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MeetingId plan(
            String title,
            MeetingKind kind,
            LocalDateTime start,
            LocalDateTime end,
            Classification classification,
            @Nullable MeetingId conference) {
        List<DelegationData> delegations = List.of();
        if (kind.needsDelegations()) {
            Person a = directory.person(title + " DE", new CountryCode("DE"), BERLIN);
            Person b = directory.person(title + " SA", new CountryCode("SA"), ZoneId.of("Asia/Riyadh"));
            delegations = List.of(
                    new DelegationData(
                            new CountryCode("DE"), null, true, List.of(new MemberData(a.id(), MemberRole.HEAD))),
                    new DelegationData(
                            new CountryCode("SA"), null, false, List.of(new MemberData(b.id(), MemberRole.HEAD))));
        }
        MeetingData data = MeetingDataBuilder.meeting(title)
                .kind(kind)
                .format(MeetingFormat.VIRTUAL)
                .at(start, end, BERLIN)
                .classification(classification)
                .conference(conference)
                .delegations(delegations)
                .build();
        return SystemTask.runAsSystem(() -> meetings.create(data, true).id());
    }

    private MeetingId plan(String title, MeetingKind kind, LocalDateTime start) {
        return plan(title, kind, start, start.plusHours(1), Classification.UNCLASSIFIED, null);
    }

    private Optional<RouterLink> chip(CalendarView view, String title) {
        return $(RouterLink.class, view.body).withAriaLabelContaining(title).all().stream()
                .findFirst();
    }

    private String text(RouterLink chip) {
        return chip.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("viewer")
    void the_calendar_opens_on_this_month_lists_the_agenda_moves_between_periods_filters_and_opens_a_meeting() {
        MeetingId summit = plan("Calview summit", MeetingKind.SUMMIT, LocalDateTime.of(year, 3, 18, 10, 0));
        plan(
                "Calview secret talks",
                MeetingKind.SUMMIT,
                LocalDateTime.of(year, 3, 18, 14, 0),
                LocalDateTime.of(year, 3, 18, 15, 0),
                Classification.SECRET,
                null);

        CalendarView view = navigate(CalendarView.class);

        assertThat(view.periodTitle.getText()).isEqualTo("March " + year);
        assertThat(view.zone.getValue()).isEqualTo(BERLIN);
        RouterLink inMonth = chip(view, "Calview summit").orElseThrow();
        assertThat(text(inMonth)).isEqualTo("10:00Calview summit");
        assertThat(inMonth.getClassNames()).contains("parley-chip", "parley-kind-summit", "parley-draft");
        assertThat(chip(view, "Calview secret talks"))
                .as("above the viewer's clearance")
                .isEmpty();

        test(view.mode).selectItem("Agenda");
        assertThat(view.periodTitle.getText()).isEqualTo("March " + year);
        RouterLink inAgenda = chip(view, "Calview summit").orElseThrow();
        assertThat(text(inAgenda))
                .as("the status once, in the badge beside it")
                .isEqualTo("10:00\u201311:00Calview summitSummit");
        assertThat(inAgenda.getParent().orElseThrow().getElement().getTextRecursively())
                .isEqualTo("10:00\u201311:00Calview summitSummitDraft");
        assertThat($(H3.class, view.body).all())
                .extracting(H3::getText)
                .contains(LocalDate.of(year, 3, 18)
                        .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)));

        test(view.next).click();
        assertThat(view.periodTitle.getText()).isEqualTo("April " + year);
        assertThat(chip(view, "Calview summit")).isEmpty();
        test(view.previous).click();
        test(view.previous).click();
        assertThat(view.periodTitle.getText()).isEqualTo("February " + year);
        assertThat(chip(view, "Calview summit")).isEmpty();
        test(view.today).click();
        assertThat(view.periodTitle.getText()).isEqualTo("March " + year);
        assertThat(chip(view, "Calview summit")).isPresent();

        test(view.kind).selectItem("Phone call");
        assertThat(chip(view, "Calview summit")).as("hidden by the kind filter").isEmpty();
        test(view.kind).selectItem("Summit");
        assertThat(chip(view, "Calview summit")).isPresent();

        test(view.mode).selectItem("Week");
        assertThat(view.periodTitle.getText()).startsWith("Week of ");
        assertThat(view.period.contains(LocalDate.of(year, 3, 18))).isTrue();
        test(chip(view, "Calview summit").orElseThrow()).click();

        assertThat(getCurrentView()).isInstanceOf(MeetingPageView.class);
        assertThat(((MeetingPageView) getCurrentView()).meeting.id()).isEqualTo(summit);
    }

    @Test
    @WithUserDetails("planner")
    void times_follow_the_chosen_zone_and_status_and_nesting_show_on_the_chips() {
        MeetingId conference = plan(
                "Calview conference",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(year, 3, 10, 9, 0),
                LocalDateTime.of(year, 3, 12, 18, 0),
                Classification.UNCLASSIFIED,
                null);
        plan(
                "Calview sideline",
                MeetingKind.SIDELINE_MEETING,
                LocalDateTime.of(year, 3, 11, 14, 0),
                LocalDateTime.of(year, 3, 11, 15, 0),
                Classification.UNCLASSIFIED,
                conference);
        MeetingId pending = plan("Calview pending call", MeetingKind.PHONE_CALL, LocalDateTime.of(year, 3, 18, 23, 0));
        MeetingId cancelled =
                plan("Calview cancelled call", MeetingKind.PHONE_CALL, LocalDateTime.of(year, 3, 21, 9, 0));
        SystemTask.runAsSystem(() -> approvals.submit(pending, null));
        SystemTask.runAsSystem(() -> approvals.cancel(cancelled, "The other side cannot come"));

        CalendarView view = navigate(CalendarView.class);

        assertThat($(RouterLink.class, view.body)
                        .withAriaLabelContaining("Calview conference")
                        .all())
                .as("on each of its three days")
                .hasSize(3);
        RouterLink sideline = chip(view, "Calview sideline").orElseThrow();
        assertThat(sideline.getClassNames()).contains("parley-nested", "parley-kind-sideline-meeting");
        assertThat(text(sideline)).startsWith("\u21b3");
        RouterLink tentative = chip(view, "Calview pending call").orElseThrow();
        assertThat(tentative.getClassNames()).contains("parley-tentative");
        assertThat(text(tentative)).isEqualTo("23:00Calview pending call");
        assertThat(chip(view, "Calview cancelled call").orElseThrow().getClassNames())
                .contains("parley-cancelled");

        // 23:00 in Berlin on the 18th is 07:00 on the 19th in Tokyo (Berlin is still on winter time)
        view.zone.setValue(ZoneId.of("Asia/Tokyo"));
        RouterLink inTokyo = chip(view, "Calview pending call").orElseThrow();
        assertThat(text(inTokyo)).isEqualTo("07:00Calview pending call");
        assertThat(inTokyo.getElement().getAttribute("aria-label"))
                .isEqualTo("Calview pending call, 07:00\u201308:00, Phone call, Pending approval");
        assertThat(inTokyo.getParent().orElseThrow().getElement().getAttribute("aria-label"))
                .isEqualTo(
                        LocalDate.of(year, 3, 19).format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH)));

        test(view.mode).selectItem("Week");
        assertThat(view.period.contains(LocalDate.of(year, 3, 18)))
                .as("the week of today")
                .isTrue();
        assertThat(text(chip(view, "Calview pending call").orElseThrow()))
                .isEqualTo("07:00\u201308:00Calview pending callPhone calltentative");
    }

    @Test
    @WithUserDetails("viewer")
    void the_week_has_a_time_axis_meetings_over_several_days_above_it_and_a_legend_for_the_styles() {
        plan("Calview morning call", MeetingKind.VIDEO_CALL, LocalDateTime.of(year, 3, 18, 10, 0));
        plan("Calview overlapping call", MeetingKind.VIDEO_CALL, LocalDateTime.of(year, 3, 18, 10, 30));
        plan(
                "Calview forum",
                MeetingKind.CONFERENCE,
                LocalDateTime.of(year, 3, 17, 9, 0),
                LocalDateTime.of(year, 3, 19, 18, 0),
                Classification.UNCLASSIFIED,
                null);
        CalendarView view = navigate(CalendarView.class);

        test(view.mode).selectItem("Week");

        assertThat($(Span.class, view.body).all()).extracting(Span::getText).contains("08:00", "12:00", "19:00");
        RouterLink morning = chip(view, "Calview morning call").orElseThrow();
        RouterLink overlapping = chip(view, "Calview overlapping call").orElseThrow();
        assertThat(morning.getStyle().get("top")).isEqualTo("16.67%");
        assertThat(morning.getStyle().get("width")).isEqualTo("50.0%");
        assertThat(overlapping.getStyle().get("left")).isEqualTo("50.0%");
        assertThat($(RouterLink.class, view.body)
                        .withAriaLabelContaining("Calview forum")
                        .all())
                .as("in the band of each of its days, not on the axis")
                .hasSize(3)
                .allSatisfy(chip -> assertThat(chip.getClassNames()).doesNotContain("parley-week-timed"));
        assertThat($(Div.class).id("calendar-legend").getElement().getTextRecursively())
                .contains("Pending approval (tentative)", "Draft", "Cancelled", "Sideline meeting");
    }

    @Test
    @WithUserDetails("viewer")
    void a_busy_day_in_the_month_shows_five_meetings_and_opens_its_week_for_the_rest() {
        for (int hour = 8; hour < 8 + CalendarView.MONTH_CELL_LIMIT + 2; hour++) {
            plan("Calview busy " + hour, MeetingKind.VIDEO_CALL, LocalDateTime.of(year, 3, 25, hour, 0));
        }
        CalendarView view = navigate(CalendarView.class);
        assertThat($(RouterLink.class, view.body)
                        .withAriaLabelContaining("Calview busy")
                        .all())
                .hasSize(CalendarView.MONTH_CELL_LIMIT);

        test($(Button.class, view.body).withText("+2 more").single()).click();

        assertThat(view.selectedMode()).isEqualTo(CalendarMode.WEEK);
        assertThat(view.period.contains(LocalDate.of(year, 3, 25))).isTrue();
        assertThat($(RouterLink.class, view.body)
                        .withAriaLabelContaining("Calview busy")
                        .all())
                .hasSize(7);
    }
}
