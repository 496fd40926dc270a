package org.parley.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.ZoneId;
import java.util.List;

/** Picks an IANA time zone; typing filters ("Riyadh", "Kolkata"). The list is the JDK's, so it is never stale. */
public class ZoneField extends ComboBox<ZoneId> {

    private static final List<ZoneId> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .map(ZoneId::of)
            .toList();

    public ZoneField(String label) {
        super(label);
        setItems((zone, filter) -> zone.getId().toLowerCase().contains(filter.toLowerCase().replace(' ', '_')),
                withUtc());
        setItemLabelGenerator(ZoneId::getId);
    }

    private static List<ZoneId> withUtc() {
        var all = new java.util.ArrayList<ZoneId>(ZONES.size() + 1);
        all.add(ZoneId.of("UTC"));
        all.addAll(ZONES);
        return all;
    }
}
