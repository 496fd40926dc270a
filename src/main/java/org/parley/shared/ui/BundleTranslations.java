package org.parley.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.parley.shared.Messages;
import org.springframework.stereotype.Component;

/** Gives Vaadin's {@code getTranslation} the texts of {@link Messages}; Vaadin finds this bean by its type. */
@Component
class BundleTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }
}
