package org.parley.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.directory.RoomData;
import org.parley.directory.Venue;
import org.parley.directory.VenueData;
import org.parley.directory.VenueService;
import org.parley.shared.CountryCode;
import org.parley.shared.RuleViolationException;
import org.parley.shared.ui.CountryField;
import org.parley.shared.ui.FieldLimits;
import org.parley.shared.ui.Notifications;
import org.parley.shared.ui.ZoneField;

/** Creates or edits a venue, and adds rooms to it. */
class VenueDialog extends Dialog {

    final TextField name = new TextField(getTranslation("directory.name"));
    final TextField city = new TextField(getTranslation("directory.venue.city"));
    final CountryField country = new CountryField(getTranslation("directory.country"));
    final TextField address = new TextField(getTranslation("directory.venue.address"));
    final ZoneField timeZone = new ZoneField(getTranslation("directory.venue.timeZone"));
    final IntegerField capacity = new IntegerField(getTranslation("directory.venue.capacity"));
    final TextField roomName = new TextField(getTranslation("directory.venue.newRoom"));
    final IntegerField roomCapacity = new IntegerField(getTranslation("directory.venue.seats"));
    final Checkbox roomBooths = new Checkbox();
    final Button save = new Button(getTranslation("directory.save"));

    VenueDialog(VenueService venues, @Nullable Venue venue, Runnable onSaved) {
        setHeaderTitle(venue == null ? getTranslation("directory.venues.new") : venue.name());
        setWidth("40rem");
        FieldLimits.lengthFrom(VenueData.class, "name", name);
        FieldLimits.lengthFrom(VenueData.class, "city", city);
        FieldLimits.lengthFrom(VenueData.class, "address", address);
        var binder = new BeanValidationBinder<>(VenueData.class);
        binder.forField(name).bind("name");
        binder.forField(city).bind("city");
        binder.forField(country).bind("country");
        binder.forField(address).bind("address");
        binder.forField(timeZone).bind("timeZone");
        binder.forField(capacity).withNullRepresentation(0).bind("capacity");
        binder.readRecord(
                venue == null
                        ? new VenueData("", null, new CountryCode("DE"), null, ZoneId.of("Europe/Berlin"), 0)
                        : venue.toData());
        add(new FormLayout(name, city, country, address, timeZone, capacity));

        if (venue != null) {
            var rooms = new UnorderedList();
            venue.rooms()
                    .forEach(r ->
                            rooms.add(new ListItem(getTranslation("directory.venue.room", r.name(), r.capacity()))));
            roomName.setMaxLength(RoomData.NAME_MAX_LENGTH);
            var addRoom = new Button(getTranslation("directory.venue.addRoom"), e -> {
                try {
                    venues.addRoom(
                            venue.id(),
                            new RoomData(
                                    roomName.getValue(),
                                    roomCapacity.getValue() == null ? 0 : roomCapacity.getValue(),
                                    roomBooths.getValue()));
                    rooms.add(new ListItem(getTranslation(
                            "directory.venue.room",
                            roomName.getValue(),
                            roomCapacity.getValue() == null ? 0 : roomCapacity.getValue())));
                    roomName.clear();
                    roomCapacity.clear();
                    roomBooths.clear();
                    onSaved.run();
                } catch (jakarta.validation.ConstraintViolationException invalid) {
                    roomName.setInvalid(true);
                    roomName.setErrorMessage(
                            invalid.getConstraintViolations().iterator().next().getMessage());
                }
            });
            roomBooths.setLabel(getTranslation("protocol.room.booths"));
            var roomRow = new HorizontalLayout(roomName, roomCapacity, roomBooths, addRoom);
            roomRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(new H4(getTranslation("directory.venue.rooms")), rooms, roomRow);
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                VenueData data = binder.writeRecord();
                Venue saved = venue == null
                        ? venues.create(data, List.of())
                        : venues.update(venue.id(), data, venue.version());
                Notifications.success(getTranslation("directory.saved", saved.name()));
                close();
                onSaved.run();
            } catch (ValidationException invalid) {
                // the binder marks the fields
            } catch (RuleViolationException rule) {
                Notifications.error(rule.messageIn(getLocale()));
            }
        });
        getFooter().add(new Button(getTranslation("directory.cancel"), e -> close()), save);
    }
}
