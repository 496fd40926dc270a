package org.parley.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.parley.meeting.MeetingData;
import org.parley.meeting.MeetingDraftSource;
import org.parley.meeting.MeetingId;
import org.springframework.modulith.NamedInterface;

/**
 * The only way into the meetings' views from elsewhere: links and moves to the list, a meeting's page, its editor and
 * a new meeting, built from the views' classes rather than from strings. The addresses stay as bookmarked:
 * {@code /meetings}, {@code /meetings/{id}}, {@code /meetings/{id}/edit}, {@code /meetings/new}.
 */
@NamedInterface("navigation")
public final class MeetingsNavigation {

    private MeetingsNavigation() {}

    /** A link to a meeting's page. */
    public static RouterLink link(MeetingId meeting, String text) {
        return new RouterLink(text, MeetingPageView.class, meeting.value());
    }

    /** The address of a meeting's page relative to Parley's root, for a new tab or a copied link. */
    public static String pathOf(MeetingId meeting) {
        return RouteConfiguration.forSessionScope().getUrl(MeetingPageView.class, meeting.value());
    }

    /** A link to the Meetings list showing the days from {@code first} to {@code last} (in the viewer's zone). */
    public static RouterLink linkToListBetween(LocalDate first, LocalDate last, String text) {
        var link = new RouterLink(text, MeetingListView.class);
        link.setQueryParameters(QueryParameters.simple(MeetingListState.between(first, last)));
        return link;
    }

    public static void toList() {
        UI.getCurrent().navigate(MeetingListView.class);
    }

    public static void toMeeting(MeetingId meeting) {
        UI.getCurrent().navigate(MeetingPageView.class, meeting.value());
    }

    public static void toEditor(MeetingId meeting) {
        UI.getCurrent().navigate(MeetingEditorView.class, editing(meeting));
    }

    public static void toNewMeeting() {
        UI.getCurrent().navigate(MeetingEditorView.class);
    }

    /** A new sideline meeting of a conference, at its venue and two hours after it opens. */
    public static void toNewSidelineOf(MeetingId conference) {
        UI.getCurrent()
                .navigate(
                        MeetingEditorView.class,
                        QueryParameters.of(MeetingEditorView.SIDELINE_OF, Long.toString(conference.value())));
    }

    /** A new meeting that carries an earlier one forward (delegations, a link back, two weeks later). */
    public static void toNewFollowUpOf(MeetingId earlier) {
        UI.getCurrent()
                .navigate(
                        MeetingEditorView.class,
                        QueryParameters.of(MeetingEditorView.FOLLOW_UP_OF, Long.toString(earlier.value())));
    }

    /**
     * A new meeting planned from something of another feature (an action item): the editor takes the draft from the
     * {@link MeetingDraftSource} of that name, and saves through it only when the planner saves.
     */
    public static void toNewMeetingFrom(String source, long id) {
        UI.getCurrent().navigate(MeetingEditorView.class, QueryParameters.of(source, Long.toString(id)));
    }

    /**
     * The editor with a new meeting filled in from a draft that exists only in the page that made it (an imported
     * invitation): handed to the editor instance itself, not kept in the session, so it lives as long as that page
     * and a reload starts a blank meeting.
     */
    public static void toNewMeetingWith(MeetingData draft) {
        UI.getCurrent().navigate(MeetingEditorView.class).ifPresent(editor -> editor.startFrom(draft));
    }

    static RouteParameters editing(MeetingId meeting) {
        return new RouteParameters(MeetingEditorView.ID, Long.toString(meeting.value()));
    }
}
