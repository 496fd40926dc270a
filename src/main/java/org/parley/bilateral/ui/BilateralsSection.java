package org.parley.bilateral.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.bilateral.Bilateral;
import org.parley.bilateral.BilateralService;
import org.parley.bilateral.ImportResult;
import org.parley.bilateral.InvalidBilateralException;
import org.parley.bilateral.PlanOutcome;
import org.parley.bilateral.Priority;
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

    private final BilateralService bilaterals;
    private final MeetingService meetings;
    private final CurrentUser currentUser;

    BilateralsSection(BilateralService bilaterals, MeetingService meetings, CurrentUser currentUser) {
        this.bilaterals = bilaterals;
        this.meetings = meetings;
        this.currentUser = currentUser;
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
        show(content, conference, null, List.of());
        return block;
    }

    private void show(
            VerticalLayout content, MeetingDetails conference, @Nullable PlanOutcome outcome, List<String> messages) {
        content.removeAll();
        ZoneId zone = conference.timeZone();
        List<Bilateral> requests = bilaterals.list(conference.id());
        if (outcome != null) {
            var summary = new Span(content.getTranslation(
                    "bilateral.section.planned",
                    outcome.placed(Priority.MUST),
                    outcome.placed(Priority.SHOULD),
                    outcome.placed(Priority.COULD)));
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
            grid.setItems(requests);
            content.add(grid);
        }
        if (currentUser.require().hasRole(Role.PLANNER)) {
            content.add(actions(content, conference));
        }
    }

    private static String placement(Component context, Bilateral b, ZoneId zone) {
        if (b.slot() != null) {
            return TimeLabels.range(b.slot().start(), b.slot().end(), zone) + " \u00b7 "
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
                show(content, conference, bilaterals.plan(conference.id(), score -> {}), List.of());
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
