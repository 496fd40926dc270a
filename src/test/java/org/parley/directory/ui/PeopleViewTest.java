package org.parley.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.parley.DirectoryFixture;
import org.parley.ParleyTest;
import org.parley.directory.PeopleService;
import org.parley.directory.Person;
import org.parley.directory.PersonFilter;
import org.parley.protocol.FormOfAddress;
import org.parley.protocol.Rank;
import org.parley.shared.CountryCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class PeopleViewTest extends SpringBrowserlessTest {

    @Autowired
    DirectoryFixture directory;

    @Autowired
    PeopleService people;

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

    @Autowired
    org.parley.security.UserService users;

    @Autowired
    org.parley.TestUsers as;

    @Test
    @WithUserDetails("admin")
    void an_administrator_links_a_user_account_on_the_persons_dialog() {
        var person = directory.person("Qwerty Linked Morozova", new CountryCode("RU"), ZoneId.of("Europe/Moscow"));
        var account = org.parley.security.SystemTask.runAsSystem(() -> users.create(new org.parley.security.NewUser(
                "qwerty.linked",
                "Qwerty Linked",
                null,
                java.util.Set.of(org.parley.security.Role.VIEWER),
                org.parley.shared.Classification.UNCLASSIFIED,
                ZoneId.of("Europe/Moscow"),
                "en",
                "a-long-pass-phrase-1")));
        PeopleView view = navigate(PeopleView.class);
        test(view.search).setValue("Qwerty Linked");
        test(view.grid).clickRow(0);
        PersonDialog dialog = (PersonDialog) $(Dialog.class).single();

        dialog.account.setValue(account);
        test(dialog.link).click();

        assertThat(dialog.account.isInvalid()).isFalse();
        assertThat(people.accountOf(person.id())).contains(account.id());
        assertThat(as.as("qwerty.linked", () -> people.myPerson())).contains(person.id());
    }

    @Test
    @WithUserDetails("planner")
    void the_person_dialog_saves_rank_form_of_address_and_working_languages_and_explains_a_wrong_code() {
        PeopleView view = navigate(PeopleView.class);
        test(view.newPerson).click();
        PersonDialog dialog = (PersonDialog) $(Dialog.class).single();
        String name = "Reem Qasimi " + System.nanoTime();
        test(dialog.fullName).setValue(name);
        dialog.country.setValue(new CountryCode("SA"));
        Rank ambassador = dialog.rank
                .getListDataView()
                .getItems()
                .filter(r -> "AMBASSADOR".equals(r.code()))
                .findFirst()
                .orElseThrow();
        dialog.rank.setValue(ambassador);
        dialog.formOfAddress.setValue(FormOfAddress.HER_EXCELLENCY);
        test(dialog.languages).setValue("Arabic");

        test(dialog.save).click();
        assertThat(dialog.languages.isInvalid()).isTrue();
        assertThat(dialog.languages.getErrorMessage()).contains("ISO 639-1");

        test(dialog.languages).setValue("ar, en");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        Person saved = people.find(PersonFilter.byText(name), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        assertThat(saved.rank()).isEqualTo(ambassador.id());
        assertThat(saved.formOfAddress()).isEqualTo(FormOfAddress.HER_EXCELLENCY);
        assertThat(saved.languages()).containsExactly("ar", "en");
    }
}
