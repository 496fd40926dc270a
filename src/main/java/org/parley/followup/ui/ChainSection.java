package org.parley.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.Locale;
import org.parley.meeting.MeetingChain;
import org.parley.meeting.MeetingId;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.meeting.ui.MeetingsNavigation;
import org.parley.security.CurrentUser;
import org.parley.shared.Messages;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.Languages;
import org.parley.shared.ui.MeetingSection;
import org.parley.shared.ui.Sections;

/**
 * The chain a meeting belongs to, as the tree it is: from the earliest meeting, each follow-up under the meeting it
 * carries forward (a call can lead to an experts' meeting and a ministers' meeting), this meeting marked.
 */
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
        var block = Sections.titled(text("followup.chain.title"), "meeting-chain");
        if (chain.alone()) {
            var none = new Span(text("followup.chain.none"));
            none.addClassName("parley-muted");
            block.add(none);
            return block;
        }
        ZoneId zone = currentUser.require().timeZone();
        var tree = new UnorderedList(node(chain.root(), chain.current(), zone));
        tree.addClassName("parley-chain");
        tree.setId("chain-tree");
        tree.getElement().setAttribute("role", "tree");
        tree.getElement().setAttribute("aria-label", text("followup.chain.title"));
        block.add(tree);
        return block;
    }

    private static String text(String key) {
        return Messages.get(Languages.current(), key);
    }

    private static ListItem node(MeetingChain.Link link, MeetingId current, ZoneId zone) {
        var item = new ListItem(step(link.meeting(), zone, link.meeting().id().equals(current)));
        item.getElement().setAttribute("role", "treeitem");
        if (!link.followUps().isEmpty()) {
            var followUps = new UnorderedList();
            followUps.getElement().setAttribute("role", "group");
            link.followUps().forEach(next -> followUps.add(node(next, current, zone)));
            item.add(followUps);
            item.getElement().setAttribute("aria-expanded", "true");
        }
        return item;
    }

    private static Component step(MeetingRef ref, ZoneId zone, boolean current) {
        Locale locale = Languages.current();
        String when = " \u00b7 " + Messages.label(locale, ref.kind()) + ", "
                + TimeLabels.dayAndTime(ref.start(), zone, locale);
        if (current) {
            var here = new Span(ref.title() + when);
            here.addClassNames("parley-badge", "info", "parley-chain-current");
            here.getElement().setAttribute("aria-current", "page");
            return here;
        }
        return MeetingsNavigation.link(ref.id(), ref.title() + when);
    }
}
