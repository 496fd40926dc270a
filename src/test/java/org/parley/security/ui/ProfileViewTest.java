package org.parley.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenService;
import org.parley.security.ApiTokenSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService service;

    @Autowired
    org.parley.security.UserService users;

    @Test
    @WithUserDetails("viewer")
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        ProfileView view = navigate(ProfileView.class);
        ApiTokensSection section = view.apiTokens;
        assertThat(section.expires.getValue())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                        .plusDays(ApiTokensSection.DEFAULT_DAYS));
        int before = test(section.tokens).size();

        test(section.name).setValue("press office script");
        test(section.access).selectItem(ApiAccess.READ_WRITE.label());
        test(section.create).click();

        assertThat(section.shownToken()).startsWith("pky_");
        assertThat(test(section.tokens).size()).isEqualTo(before + 1);
        ApiTokenSummary created = test(section.tokens).getRow(0);
        assertThat(created.name()).isEqualTo("press office script");
        assertThat(created.access()).isEqualTo(ApiAccess.READ_WRITE);
        assertThat(section.name.getValue()).isEmpty();

        com.vaadin.flow.component.UI.getCurrent().navigate("");
        ProfileView again = navigate(ProfileView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.apiTokens.shownToken()).isNull();

        assertThat(test(again.apiTokens.tokens).getCellText(0, 5)).isEqualTo("Active");
        test((Button) test(again.apiTokens.tokens).getCellComponent(0, 6)).click();
        assertThat(test(again.apiTokens.tokens).getCellText(0, 5)).isEqualTo("Revoked");
        assertThat(service.mine())
                .filteredOn(t -> t.id().equals(created.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.revoked()).isTrue());
    }

    @Test
    @WithUserDetails("viewer")
    void a_token_without_a_name_is_not_created_and_says_why() {
        ProfileView view = navigate(ProfileView.class);
        int before = test(view.apiTokens.tokens).size();

        test(view.apiTokens.create).click();

        assertThat(view.apiTokens.name.isInvalid()).isTrue();
        assertThat(view.apiTokens.name.getErrorMessage()).contains("name");
        assertThat(view.apiTokens.shownToken()).isNull();
        assertThat(test(view.apiTokens.tokens).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("viewer")
    void a_user_who_chooses_arabic_gets_the_pages_in_arabic_right_to_left_at_once_and_english_back() {
        ProfileView view = navigate(ProfileView.class);
        assertThat(view.language.getValue()).isEqualTo(java.util.Locale.ENGLISH);
        try {
            test(view.language).selectItem("العربية");

            assertThat(com.vaadin.flow.component.UI.getCurrent().getLocale()).isEqualTo(java.util.Locale.of("ar"));
            ProfileView arabic = (ProfileView) getCurrentView();
            assertThat(arabic.changePassword.getText()).isEqualTo("تغيير كلمة المرور");
            assertThat($(org.parley.shared.ui.MainLayout.class).single().navigationTitles())
                    .contains("الملف الشخصي");
            assertThat(users.me().language()).isEqualTo("ar");

            test(arabic.language).selectItem("English");
            assertThat(((ProfileView) getCurrentView()).changePassword.getText())
                    .isEqualTo("Change password");
        } finally {
            users.changeOwnLanguage(java.util.Locale.ENGLISH);
        }
    }

    @Test
    @WithUserDetails("viewer")
    void a_wrong_current_password_is_marked_on_that_field_in_the_users_language() {
        ProfileView view = navigate(ProfileView.class);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.of("ru"));
        test(view.currentPassword).setValue("not the password at all");
        test(view.newPassword).setValue("violet ferry under quiet granite");
        test(view.repeatPassword).setValue("violet ferry under quiet granite");

        test(view.changePassword).click();

        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Текущий пароль указан неверно");
        assertThat(view.newPassword.isInvalid()).isFalse();
    }
}
