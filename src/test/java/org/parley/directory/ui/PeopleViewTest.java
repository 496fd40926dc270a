package org.parley.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired DirectoryFixture directory;

    @Test
    @WithUserDetails("viewer")
    void the_people_grid_searches_by_name_and_filters_by_country() {
        directory.person("Qwerty Bondarenko", new CountryCode("UA"), ZoneId.of("Europe/Kyiv"));
        directory.person("Qwerty Becker", new CountryCode("DE"), ZoneId.of("Europe/Berlin"));
        PeopleView view = navigate(PeopleView.class);

        test(view.search).setValue("qwerty");
        assertThat(test(view.grid).size()).isEqualTo(2);

        view.country.setValue(new CountryCode("UA"));
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).fullName()).isEqualTo("Qwerty Bondarenko");
        assertThat(view.newPerson.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("planner")
    void the_person_dialog_explains_a_missing_name_and_keeps_the_input() {
        PeopleView view = navigate(PeopleView.class);
        test(view.newPerson).click();
        PersonDialog dialog = (PersonDialog) $(Dialog.class).single();
        test(dialog.title).setValue("Counsellor");

        test(dialog.save).click();

        assertThat(dialog.fullName.isInvalid()).isTrue();
        assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Enter the person's name");
        assertThat(dialog.title.getValue()).isEqualTo("Counsellor");
        assertThat(dialog.isOpened()).isTrue();
    }
}
