package org.parley.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.ZoneId;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingRef;
import org.parley.meeting.MeetingService;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.CountryField;

/** Which side took the initiative and which hosts; the conference it belongs to; the meeting it follows up. */
class RelatedMeetingsFields extends FormLayout {

    final CountryField initiatingSide = new CountryField("Initiative of");
    final CountryField hostSide = new CountryField("Host side");
    final ComboBox<MeetingRef> parentConference = new ComboBox<>("On the sidelines of (conference)");
    final ComboBox<MeetingRef> followUpOf = new ComboBox<>("Follow-up of");

    RelatedMeetingsFields(MeetingService meetings, ZoneId viewerZone) {
        parentConference.setId("parent-conference");
        followUpOf.setId("follow-up-of");
        // both lists are paged in the database: there may be thousands of meetings
        parentConference.setItems(
                query -> meetings.conferences(query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
        parentConference.setItemLabelGenerator(MeetingRef::title);
        parentConference.setClearButtonVisible(true);
        followUpOf.setItems(query ->
                meetings
                        .find(MeetingFilter.all().withText(query.getFilter().orElse("")), toSpringPageRequest(query))
                        .stream()
                        .map(m -> new MeetingRef(m.id(), m.title(), m.kind(), m.start(), true)));
        followUpOf.setItemLabelGenerator(m -> m.title() + " (" + TimeLabels.dayAndTime(m.start(), viewerZone) + ")");
        followUpOf.setClearButtonVisible(true);
        add(initiatingSide, hostSide, parentConference, followUpOf);
    }
}
