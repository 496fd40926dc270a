package org.parley.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.parley.meeting.MeetingChain;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.shared.TimeLabels;
import org.parley.security.CurrentUser;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;
import org.parley.meeting.ui.MeetingsNavigation;

/** The chain a meeting belongs to, as a simple timeline: what led to it, the meeting, what came of it. */
@org.springframework.stereotype.Component
class ChainSection implements MeetingSection {

    private final MeetingService meetings;
    private final CurrentUser currentUser;

    ChainSection(MeetingService meetings, CurrentUser currentUser) {
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(long meetingId, Runnable refreshPage) {
        MeetingChain chain = meetings.chain(new MeetingId(meetingId));
        var block = Sections.titled("Chain of meetings", "meeting-chain");
        if (chain.ledTo().isEmpty() && chain.cameOf().isEmpty()) {
            var none = new Span("Not part of a chain yet. Plan a follow-up from a decision or action item.");
            none.addClassName("parley-muted");
            block.add(none);
            return block;
        }
        ZoneId zone = currentUser.require().timeZone();
        List<Component> steps = new ArrayList<>();
        chain.ledTo().forEach(ref -> steps.add(step(ref, zone, false)));
        steps.add(step(chain.meeting(), zone, true));
        chain.cameOf().forEach(ref -> steps.add(step(ref, zone, false)));
        var line = new FlexLayout();
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.getStyle().set("gap", "var(--lumo-space-s)").set("align-items", "center");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                line.add(new Span("\u2192"));
            }
            line.add(steps.get(i));
        }
        block.add(line);
        return block;
    }

    private static Component step(MeetingRef ref, ZoneId zone, boolean current) {
        String when = " (" + TimeLabels.dayAndTime(ref.start(), zone) + ")";
        if (current) {
            var here = new Span(ref.title() + when);
            here.addClassName("parley-badge");
            here.addClassName("info");
            return here;
        }
        return MeetingsNavigation.link(ref.id(), ref.title() + when);
    }
}
