package org.parley.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.Room;
import org.parley.directory.Venue;
import org.parley.directory.VenueService;
import org.parley.shared.CalendarYears;
import org.parley.shared.TimeLabels;
import org.parley.shared.ui.ZoneField;

/**
 * Where and when: the venue (whose zone the times are entered in) and room, or for calls the host side's zone; start
 * and end on that zone's clock; the start in the planner's own zone below; "Find a time".
 */
class WhenAndWhereFields extends FormLayout {

    final ComboBox<Venue> venue = new ComboBox<>();
    final Select<Room> room = new Select<>();
    final ZoneField timeZone = new ZoneField("");
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final Button findTime = new Button(VaadinIcon.CALENDAR_CLOCK.create());
    final Paragraph viewerTime = new Paragraph();

    WhenAndWhereFields(VenueService venues) {
        venue.setLabel(getTranslation("meeting.editor.venue"));
        timeZone.setLabel(getTranslation("meeting.editor.timeZone"));
        start.setLabel(getTranslation("meeting.editor.start"));
        end.setLabel(getTranslation("meeting.editor.end"));
        findTime.setText(getTranslation("meeting.editor.findTime"));
        venue.setId("venue");
        timeZone.setId("time-zone");
        start.setId("start");
        end.setId("end");
        findTime.setId("find-time");
        viewerTime.setId("viewer-time");
        viewerTime.addClassName("parley-muted");
        venue.setItems(query -> venues.find(query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
        venue.setItemLabelGenerator(v -> v.name() + (v.city() == null ? "" : ", " + v.city()));
        venue.setClearButtonVisible(true);
        venue.setHelperText(getTranslation("meeting.editor.venueHelp"));
        venue.addValueChangeListener(e -> venueChosen(e.getValue()));
        room.setLabel(getTranslation("meeting.editor.room"));
        room.setEmptySelectionAllowed(true);
        room.setEmptySelectionCaption(getTranslation("meeting.editor.noRoom"));
        room.setItemLabelGenerator(r -> r == null
                ? getTranslation("meeting.editor.noRoom")
                : getTranslation("meeting.editor.roomWithCapacity", r.name(), r.capacity()));
        room.setEnabled(false);
        timeZone.setHelperText(getTranslation("meeting.editor.timeZoneHelp"));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        add(venue, room, timeZone, start, end, findTime);
    }

    private void venueChosen(@Nullable Venue chosen) {
        room.setItems(chosen == null ? List.of() : chosen.rooms());
        room.setEnabled(chosen != null && !chosen.rooms().isEmpty());
        if (chosen != null) {
            timeZone.setValue(chosen.timeZone());
        }
        timeZone.setReadOnly(chosen != null);
    }

    /** An hour after a new start, unless the end is already after it. */
    void followStart(@Nullable LocalDateTime newStart) {
        // outside the calendar years saving says what is wrong, and plusHours may not even be computable
        if (newStart != null
                && CalendarYears.contain(newStart)
                && (end.getValue() == null || !end.getValue().isAfter(newStart))) {
            end.setValue(newStart.plusHours(1));
        }
    }

    /** The length entered so far, if the end is after the start. */
    @Nullable
    Duration duration() {
        return start.getValue() != null
                        && end.getValue() != null
                        && end.getValue().isAfter(start.getValue())
                ? Duration.between(start.getValue(), end.getValue())
                : null;
    }

    /** "Starts at … your time" when the planner's zone differs from the meeting's and the start exists there. */
    void showStartIn(ZoneId mine) {
        ZoneId zone = timeZone.getValue();
        LocalDateTime local = start.getValue();
        if (zone == null
                || local == null
                || zone.equals(mine)
                || zone.getRules().getValidOffsets(local).isEmpty()
                || !CalendarYears.contain(local)) {
            viewerTime.setText("");
            return;
        }
        viewerTime.setText(getTranslation(
                "meeting.editor.startsAtYourTime",
                TimeLabels.dayAndTime(local.atZone(zone).toInstant(), mine, getLocale()),
                mine.getId()));
    }
}
