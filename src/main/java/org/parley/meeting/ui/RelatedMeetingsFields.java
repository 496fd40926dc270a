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

    final CountryField initiatingSide = new CountryField("");
    final CountryField hostSide = new CountryField("");
    final ComboBox<MeetingRef> parentConference = new ComboBox<>();
    final ComboBox<MeetingRef> followUpOf = new ComboBox<>();

    RelatedMeetingsFields(MeetingService meetings, ZoneId viewerZone) {
        initiatingSide.setLabel(getTranslation("meeting.editor.initiativeOf"));
        hostSide.setLabel(getTranslation("meeting.editor.hostSide"));
        parentConference.setLabel(getTranslation("meeting.editor.parentConference"));
        followUpOf.setLabel(getTranslation("meeting.editor.followUpOf"));
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
        followUpOf.setItemLabelGenerator(
                m -> m.title() + " (" + TimeLabels.dayAndTime(m.start(), viewerZone, getLocale()) + ")");
        followUpOf.setClearButtonVisible(true);
        add(initiatingSide, hostSide, parentConference, followUpOf);
    }
}
