package org.parley.calendar.importing;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.jspecify.annotations.Nullable;

/**
 * The time zone registry of one import. iCal4j's own registry takes a JVM-wide zone id from a pool of 1500 for every
 * VTIMEZONE it registers and frees it only after garbage collection; this one takes none. It keeps each VTIMEZONE of
 * the file for {@link InvitationReader} to resolve, and reads every TZID'd time as UTC, so the wall-clock time of the
 * file passes through unchanged and Parley decides the zone itself (docs/0010-ics-import.md).
 */
final class ImportZoneRegistry implements TimeZoneRegistry {

    // never consulted for rules: TzId.toZoneId asks a registry with rules for getZoneId, and one without for a
    // JVM-wide id, which fails for a Windows name
    private static final Map<String, ZoneRules> PASS_THROUGH = Map.of("UTC", ZoneOffset.UTC.getRules());

    private final Map<String, TimeZone> declared = new HashMap<>();

    @Override
    public void register(TimeZone timezone) {
        declared.put(timezone.getID(), timezone);
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        register(timezone);
    }

    @Override
    public void clear() {
        declared.clear();
    }

    @Override
    public @Nullable TimeZone getTimeZone(String id) {
        return declared.get(id);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return PASS_THROUGH;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return ZoneOffset.UTC;
    }

    @Override
    public @Nullable String getTzId(String zoneId) {
        return null;
    }

    @Nullable
    VTimeZone declaration(String tzId) {
        TimeZone zone = declared.get(tzId);
        return zone == null ? null : zone.getVTimeZone();
    }
}
