package org.parley.bilateral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.Bilateral;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.ImportResult;
import org.parley.bilateral.InvalidBilateralException;
import org.parley.bilateral.PlanRun;
import org.parley.bilateral.PlanRunState;
import org.parley.bilateral.PlanScore;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingService;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;

/**
 * The bilaterals of a conference on its page: the requests with where the last plan put them or why it could not,
 * and for planners a CSV paste box, "Plan" and "Accept plan" (docs/0027).
 */
@org.springframework.stereotype.Component
class BilateralsSection implements MeetingSection {

    /** How often a page with a planning run asks for news. */
    private static final int POLL_MILLIS = 700;

    private final BilateralService bilaterals;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    BilateralsSection(BilateralService bilaterals, MeetingService meetings, CurrentUser currentUser, Clock clock) {
        this.bilaterals = bilaterals;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingDetails conference = meetings.get(new MeetingId(meetingId));
        if (conference.kind() != MeetingKind.CONFERENCE && conference.kind() != MeetingKind.SUMMIT) {
            var nothing = new Div();
            nothing.setVisible(false);
            return nothing;
        }
        var block = Sections.titled(UI.getCurrent().getTranslation("bilateral.section.title"), "bilaterals");
        var content = new VerticalLayout();
        content.setPadding(false);
        block.add(content);
        PlanRun run = bilaterals.planRun(conference.id());
        if (run.running()) {
            showRunning(content, conference, run);
        } else {
            show(content, conference, null, List.of());
        }
        return block;
    }

    private void show(
            VerticalLayout content, MeetingDetails conference, @Nullable PlanRun ended, List<String> messages) {
        content.removeAll();
        ZoneId zone = conference.timeZone();
        List<Bilateral> requests = bilaterals.list(conference.id());
        if (ended != null) {
            var summary = new Span(
                    ended.state() == PlanRunState.FAILED
                            ? content.getTranslation("bilateral.section.failed")
                            : content.getTranslation(
                                    ended.state() == PlanRunState.STOPPED
                                            ? "bilateral.section.stopped"
                                            : "bilateral.section.planned",
                                    ended.placedMust(),
                                    ended.placedShould(),
                                    ended.placedCould()));
            summary.setId("bilateral-plan-summary");
            content.add(summary);
        }
        if (!messages.isEmpty()) {
            var list = new UnorderedList();
            list.setId("bilateral-messages");
            messages.forEach(m -> list.add(new ListItem(m)));
            content.add(list);
        }
        if (requests.isEmpty()) {
            var none = new Span(content.getTranslation("bilateral.section.none"));
            none.addClassName("parley-muted");
            content.add(none);
        } else {
            var grid = new Grid<Bilateral>();
            grid.setId("bilateral-grid");
            grid.setAllRowsVisible(true);
            grid.addColumn(b -> b.counterpartName() + " ("
                            + b.data().counterpartCountry().code() + ")")
                    .setHeader(content.getTranslation("bilateral.section.counterpart"))
                    .setAutoWidth(true);
            grid.addColumn(Bilateral::ourPrincipalName).setHeader(content.getTranslation("bilateral.section.ours"));
            grid.addColumn(b ->
                            Messages.label(UI.getCurrent().getLocale(), b.data().priority()))
                    .setHeader(content.getTranslation("bilateral.section.priority"));
            grid.addColumn(b -> Messages.label(UI.getCurrent().getLocale(), b.status()))
                    .setHeader(content.getTranslation("bilateral.section.status"));
            grid.addColumn(b -> placement(content, b, zone))
                    .setHeader(content.getTranslation("bilateral.section.placement"))
                    .setFlexGrow(2);
            boolean planner = currentUser.require().hasRole(Role.PLANNER);
            if (planner) {
                grid.addComponentColumn(b -> pinButton(content, conference, b)).setAutoWidth(true);
            }
            grid.setItems(requests);
            content.add(grid);
            if (requests.stream().anyMatch(b -> b.slot() != null)) {
                var heading = new H4(content.getTranslation("bilateral.section.byDayAndRoom"));
                var scroller = new Div(PlanByDayAndRoom.of(
                        requests,
                        bilaterals.rooms(conference.id()),
                        conference.start(),
                        conference.end(),
                        zone,
                        UI.getCurrent().getLocale(),
                        content.getTranslation("bilateral.section.pinned")));
                scroller.addClassName("parley-plan-grid-scroller");
                content.add(heading, scroller);
                if (currentUser.require().hasRole(Role.PLANNER)) {
                    content.add(PrincipalsProgramme.of(
                            bilaterals.principalsProgramme(conference.id()),
                            zone,
                            UI.getCurrent().getLocale(),
                            content));
                }
            }
        }
        if (currentUser.require().hasRole(Role.PLANNER)) {
            content.add(actions(content, conference));
        }
    }

    private Component pinButton(VerticalLayout content, MeetingDetails conference, Bilateral b) {
        if (b.slot() == null) {
            return new Span();
        }
        boolean pinned = b.slot().pinned();
        var button = new Button(content.getTranslation(pinned ? "bilateral.section.unpin" : "bilateral.section.pin"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> {
            bilaterals.pin(b.id(), !pinned);
            show(content, conference, null, List.of());
        });
        return button;
    }

    /**
     * While a run goes on: its best plan so far, how much of its time is spent, and Stop. The page polls for news
     * (the app has no server push) until the run ends; leaving the page stops the polling, not the run, which ends
     * within its time and keeps its plan.
     */
    private void showRunning(VerticalLayout content, MeetingDetails conference, PlanRun started) {
        content.removeAll();
        var spent = new ProgressBar(0, 1, 0);
        spent.setId("bilateral-plan-progress");
        var best = new Span(content.getTranslation("bilateral.section.planningStarted"));
        best.setId("bilateral-plan-best");
        content.add(best, spent);
        if (currentUser.require().hasRole(Role.PLANNER)) {
            var stop = new Button(content.getTranslation("bilateral.section.stop"), e -> {
                bilaterals.stopPlanning(conference.id());
                e.getSource().setEnabled(false);
            });
            stop.setId("bilateral-plan-stop");
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
            content.add(stop);
        }
        progress(content, spent, best, started);
        UI ui = UI.getCurrent();
        Registration[] polling = new Registration[2];
        Runnable stopPolling = () -> {
            for (Registration r : polling) {
                if (r != null) {
                    r.remove();
                }
            }
            ui.setPollInterval(-1);
        };
        polling[0] = ui.addPollListener(e -> {
            PlanRun run = bilaterals.planRun(conference.id());
            if (run.running()) {
                progress(content, spent, best, run);
            } else {
                stopPolling.run();
                show(content, conference, run, List.of());
            }
        });
        polling[1] = content.addDetachListener(e -> stopPolling.run());
        ui.setPollInterval(POLL_MILLIS);
    }

    private void progress(VerticalLayout content, ProgressBar spent, Span best, PlanRun run) {
        if (run.started() != null && run.endsBy() != null) {
            double total = Duration.between(run.started(), run.endsBy()).toMillis();
            double done = Duration.between(run.started(), clock.instant()).toMillis();
            spent.setValue(total <= 0 ? 1 : Math.clamp(done / total, 0, 1));
        }
        PlanScore score = run.score();
        if (score != null) {
            best.setText(content.getTranslation(
                    score.feasible() ? "bilateral.section.bestSoFar" : "bilateral.section.bestSoFarBreaking",
                    run.placedMust(),
                    run.placedShould(),
                    run.placedCould(),
                    -score.hard()));
        }
    }

    /** The language the section's texts are in: its page's (as getTranslation finds it). */
    private static java.util.Locale readerLocale(Component context) {
        return context.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(java.util.Locale.ENGLISH);
    }

    private static String placement(Component context, Bilateral b, ZoneId zone) {
        if (b.slot() != null) {
            return TimeLabels.range(b.slot().start(), b.slot().end(), zone, readerLocale(context)) + " \u00b7 "
                    + b.slot().roomName()
                    + (b.slot().pinned() ? " \u00b7 " + context.getTranslation("bilateral.section.pinned") : "");
        }
        if (b.unplacedReason() != null) {
            return context.getTranslation(
                    "bilateral.section.unplaced", Messages.label(UI.getCurrent().getLocale(), b.unplacedReason()));
        }
        return context.getTranslation("bilateral.section.notPlanned");
    }

    private Component actions(VerticalLayout content, MeetingDetails conference) {
        var paste = new TextArea(content.getTranslation("bilateral.section.paste"));
        paste.setId("bilateral-csv");
        paste.setWidthFull();
        paste.setMaxLength(200_000);
        paste.setHelperText(content.getTranslation("bilateral.section.pasteHelp"));
        var importing = new Button(content.getTranslation("bilateral.section.import"), e -> {
            ImportResult result = bilaterals.importCsv(conference.id(), paste.getValue());
            List<String> messages = result.errors().stream()
                    .map(error -> content.getTranslation(
                            "bilateral.section.line",
                            error.line(),
                            content.getTranslation(
                                    error.key(), error.arguments().toArray())))
                    .toList();
            show(
                    content,
                    conference,
                    null,
                    result.errors().isEmpty()
                            ? List.of(content.getTranslation("bilateral.section.imported", result.added()))
                            : messages);
        });
        importing.setId("bilateral-import");
        var plan = new Button(content.getTranslation("bilateral.section.plan"), e -> {
            try {
                showRunning(content, conference, bilaterals.startPlanning(conference.id()));
            } catch (InvalidBilateralException problem) {
                show(
                        content,
                        conference,
                        null,
                        problem.keys().stream().map(content::getTranslation).toList());
            }
        });
        plan.setId("bilateral-plan");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setDisableOnClick(true);
        var accept = new Button(content.getTranslation("bilateral.section.accept"), e -> {
            int made = bilaterals.accept(conference.id());
            show(content, conference, null, List.of(content.getTranslation("bilateral.section.accepted", made)));
        });
        accept.setId("bilateral-accept");
        var buttons = new HorizontalLayout(importing, plan, accept);
        buttons.setWrap(true);
        var actions = new VerticalLayout(paste, buttons);
        actions.setPadding(false);
        return actions;
    }
}
