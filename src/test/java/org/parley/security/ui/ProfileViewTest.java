package org.parley.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.parley.ParleyTest;
import org.parley.security.ApiAccess;
import org.parley.security.ApiTokenSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.parley.security.ApiTokenService;
import org.springframework.security.test.context.support.WithUserDetails;

@ParleyTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired ApiTokenService service;

    @Test
    @WithUserDetails("viewer")
    void a_user_creates_a_token_sees_it_once_and_revokes_it() {
        ProfileView view = navigate(ProfileView.class);
        ApiTokensSection section = view.apiTokens;
        assertThat(section.expires.getValue()).isEqualTo(java.time.LocalDate.now(
                java.time.ZoneId.of("Europe/Berlin")).plusDays(ApiTokensSection.DEFAULT_DAYS));
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
        assertThat(service.mine()).filteredOn(t -> t.id().equals(created.id())).singleElement()
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
}
