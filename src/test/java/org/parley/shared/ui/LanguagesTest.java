package org.parley.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Before sign-in the browser's languages choose, in the browser's order, falling back to English. */
class LanguagesTest {

    @Test
    void the_first_language_of_the_browser_that_parley_speaks_wins() {
        assertThat(Languages.browserLanguage(browser(Locale.GERMAN, Locale.of("ru"), Locale.ENGLISH)))
                .isEqualTo(Locale.of("ru"));
        assertThat(Languages.browserLanguage(browser(Locale.forLanguageTag("ar-EG"))))
                .isEqualTo(Locale.of("ar"));
        assertThat(Languages.browserLanguage(browser(Locale.forLanguageTag("hi-IN"), Locale.ENGLISH)))
                .isEqualTo(Locale.of("hi"));
    }

    @Test
    void a_browser_asking_only_for_languages_parley_does_not_speak_gets_english() {
        assertThat(Languages.browserLanguage(browser(Locale.GERMAN, Locale.FRENCH)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.browserLanguage(null)).isEqualTo(Locale.ENGLISH);
    }

    private static VaadinRequest browser(Locale... languages) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getLocales()).thenAnswer(i -> Collections.enumeration(List.of(languages)));
        return request;
    }
}
