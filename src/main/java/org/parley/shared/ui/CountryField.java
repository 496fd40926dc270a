package org.parley.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import org.parley.shared.CountryCode;

/** Picks a country by typing its name or code; names in the user's language (the page's, unless given). */
public class CountryField extends ComboBox<CountryCode> {

    public CountryField(String label) {
        this(label, UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale());
    }

    public CountryField(String label, Locale locale) {
        super(label);
        setItems(
                (country, filter) -> {
                    String typed = filter.trim().toLowerCase(locale);
                    return country.displayName(locale).toLowerCase(locale).contains(typed)
                            || country.code().equalsIgnoreCase(typed);
                },
                CountryCode.allSortedByName(locale));
        setItemLabelGenerator(c -> c.displayName(locale));
        setClearButtonVisible(true);
    }
}
