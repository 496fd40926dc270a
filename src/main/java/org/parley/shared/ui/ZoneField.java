package org.parley.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import org.parley.shared.TimeZones;

/** Picks a time zone Parley accepts (UTC or an IANA Area/City zone); typing filters ("Riyadh", "Kolkata"). */
public class ZoneField extends ComboBox<ZoneId> {

    public ZoneField(String label) {
        super(label);
        setItems((zone, filter) -> zone.getId().toLowerCase().contains(filter.toLowerCase().replace(' ', '_')),
                TimeZones.choices());
        setItemLabelGenerator(ZoneId::getId);
    }
}
