package org.parley.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonFilter;

/** Lets a combo box search the directory lazily: the directory is far too large to load into a list. */
class PeoplePicker {

    private final PeopleService people;

    PeoplePicker(PeopleService people) {
        this.people = people;
    }

    void configure(ComboBox<Person> box) {
        box.setItems(query ->
                people.find(PersonFilter.byText(query.getFilter().orElse("")), toSpringPageRequest(query)).stream());
        box.setItemLabelGenerator(p -> p.fullName() + (p.organisation() == null ? "" : " \u2014 " + p.organisation())
                + " (" + p.country().code() + ")");
    }
}
