package org.parley.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import org.parley.shared.TimeZones;

/** Picks a time zone Parley accepts (UTC or an IANA Area/City zone); typing filters ("Riyadh", "Kolkata"). */
public class ZoneField extends ComboBox<ZoneId> {

    public ZoneField(String label) {
        super(label);
        Locale locale = getLocale();
        setItems(
                (zone, filter) ->
                        zone.getId().toLowerCase().contains(filter.toLowerCase().replace(' ', '_'))
                                || labelOf(zone, locale).toLowerCase(locale).contains(filter.toLowerCase(locale)),
                TimeZones.choices());
        setItemLabelGenerator(zone -> labelOf(zone, locale));
    }

    /** The zone's id, and in a language other than English also the zone's name in it ("Europe/Moscow · Москва"). */
    static String labelOf(ZoneId zone, Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                || zone.getId().equals("UTC")) {
            return zone.getId();
        }
        return zone.getId() + " \u00b7 " + zone.getDisplayName(TextStyle.FULL, locale);
    }
}
