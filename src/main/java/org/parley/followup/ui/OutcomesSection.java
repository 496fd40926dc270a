package org.parley.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.parley.followup.ActionStatus;
import org.parley.followup.FollowUpService;
import org.parley.followup.Outcome;
import org.parley.followup.OutcomeKind;
import org.parley.meeting.MeetingDetails;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingService;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;
import org.parley.security.Role;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Languages;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.Sections;

/**
 * Decisions and action items of a meeting that has taken place; planners record them and plan a follow-up meeting
 * from any of them.
 */
@org.springframework.stereotype.Component
class OutcomesSection implements MeetingSection {

    private final FollowUpService followUps;
    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomesSection(FollowUpService followUps, MeetingService meetings, CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    /** What was decided belongs with the agenda it came from. */
    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingId id = new MeetingId(meetingId);
        MeetingDetails meeting = meetings.get(id);
        var block = Sections.titled(text("followup.outcomes.title"), "outcomes");
        boolean happened = meeting.status() == MeetingStatus.COMPLETED
                || (meeting.status() == MeetingStatus.APPROVED && !meeting.end().isAfter(clock.instant()));
        boolean planner = currentUser.require().hasRole(Role.PLANNER);
        List<Outcome> recorded = followUps.outcomesOf(id);
        if (recorded.isEmpty()) {
            var none = new Span(text(happened ? "followup.outcomes.none" : "followup.outcomes.later"));
            none.addClassName("parley-muted");
            block.add(none);
        }
        var list = new UnorderedList();
        for (Outcome outcome : recorded) {
            list.add(line(outcome, planner, refreshPage));
        }
        block.add(list);
        if (planner && happened) {
            var add = new Button(
                    text("followup.outcomes.record"), e -> new OutcomeDialog(followUps, meeting, refreshPage).open());
            add.setId("record-outcome");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            block.add(add);
        }
        return block;
    }

    private ListItem line(Outcome outcome, boolean planner, Runnable refreshPage) {
        Locale locale = Languages.current();
        String text = outcome.kind() == OutcomeKind.ACTION_ITEM
                ? text(
                        "followup.outcomes.actionItem",
                        outcome.text(),
                        owner(outcome, locale),
                        outcome.due() == null ? "" : TimeLabels.day(outcome.due(), locale))
                : text("followup.outcomes.decision", outcome.text());
        var item = new ListItem(new Span(text));
        item.addClassName("parley-outcome");
        if (outcome.kind() == OutcomeKind.ACTION_ITEM) {
            var status = new Select<ActionStatus>();
            status.setItems(ActionStatus.values());
            status.setItemLabelGenerator(s -> Messages.label(locale, s));
            status.setValue(outcome.status());
            status.setAriaLabel(text("followup.actions.status"));
            status.setReadOnly(!planner);
            status.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    followUps.setStatus(outcome.id(), e.getValue());
                    Notifications.success(text("followup.outcomes.marked", Messages.label(locale, e.getValue())));
                }
            });
            item.add(status);
        }
        if (outcome.followUp() != null) {
            item.add(
                    new Span(" "),
                    MeetingsNavigation.link(outcome.followUp(), text("followup.outcomes.followUpMeeting")));
        } else if (planner) {
            // the editor opens filled in from the item; the meeting is saved, and linked to the item, only on Save
            var plan = new Button(
                    text("followup.outcomes.planFollowUp"),
                    e -> MeetingsNavigation.toNewMeetingFrom(FollowUpService.ACTION_ITEM_SOURCE, outcome.id()));
            plan.addClassName("plan-follow-up");
            plan.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(plan);
        }
        return item;
    }

    static String owner(Outcome outcome, Locale locale) {
        if (outcome.ownerName() != null) {
            return outcome.ownerName();
        }
        return outcome.ownerUser() == null ? Messages.get(locale, "followup.outcomes.noOwner") : outcome.ownerUser();
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(Languages.current(), key, arguments);
    }
}
