package org.parley.calendar.importing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Windows time zone names Outlook and Exchange put in TZID, mapped to IANA zones as CLDR's windowsZones.xml does
 * for the "001" (main) territory. Only common zones: a name missing here is matched by its VTIMEZONE's clock instead
 * (docs/0010-ics-import.md).
 */
final class WindowsZones {

    private static final Map<String, String> IANA_BY_WINDOWS_NAME = new LinkedHashMap<>();

    static {
        // Europe, the Middle East and Africa first: their zones also come first when a clock is matched
        add("W. Europe Standard Time", "Europe/Berlin");
        add("Romance Standard Time", "Europe/Paris");
        add("Central Europe Standard Time", "Europe/Budapest");
        add("Central European Standard Time", "Europe/Warsaw");
        add("GMT Standard Time", "Europe/London");
        add("Greenwich Standard Time", "Atlantic/Reykjavik");
        add("GTB Standard Time", "Europe/Bucharest");
        add("FLE Standard Time", "Europe/Kiev");
        add("E. Europe Standard Time", "Europe/Chisinau");
        add("Kaliningrad Standard Time", "Europe/Kaliningrad");
        add("Russian Standard Time", "Europe/Moscow");
        add("Belarus Standard Time", "Europe/Minsk");
        add("Turkey Standard Time", "Europe/Istanbul");
        add("Israel Standard Time", "Asia/Jerusalem");
        add("Jordan Standard Time", "Asia/Amman");
        add("Middle East Standard Time", "Asia/Beirut");
        add("Syria Standard Time", "Asia/Damascus");
        add("Egypt Standard Time", "Africa/Cairo");
        add("South Africa Standard Time", "Africa/Johannesburg");
        add("W. Central Africa Standard Time", "Africa/Lagos");
        add("E. Africa Standard Time", "Africa/Nairobi");
        add("Morocco Standard Time", "Africa/Casablanca");
        add("Arab Standard Time", "Asia/Riyadh");
        add("Arabic Standard Time", "Asia/Baghdad");
        add("Arabian Standard Time", "Asia/Dubai");
        add("Iran Standard Time", "Asia/Tehran");
        add("Georgian Standard Time", "Asia/Tbilisi");
        add("Azerbaijan Standard Time", "Asia/Baku");
        add("Caucasus Standard Time", "Asia/Yerevan");
        add("Ekaterinburg Standard Time", "Asia/Yekaterinburg");
        add("West Asia Standard Time", "Asia/Tashkent");
        add("Central Asia Standard Time", "Asia/Bishkek");
        add("Afghanistan Standard Time", "Asia/Kabul");
        add("Pakistan Standard Time", "Asia/Karachi");
        add("India Standard Time", "Asia/Kolkata");
        add("Sri Lanka Standard Time", "Asia/Colombo");
        add("Nepal Standard Time", "Asia/Kathmandu");
        add("Bangladesh Standard Time", "Asia/Dhaka");
        add("Myanmar Standard Time", "Asia/Yangon");
        add("SE Asia Standard Time", "Asia/Bangkok");
        add("China Standard Time", "Asia/Shanghai");
        add("Singapore Standard Time", "Asia/Singapore");
        add("Taipei Standard Time", "Asia/Taipei");
        add("W. Australia Standard Time", "Australia/Perth");
        add("Tokyo Standard Time", "Asia/Tokyo");
        add("Korea Standard Time", "Asia/Seoul");
        add("Cen. Australia Standard Time", "Australia/Adelaide");
        add("E. Australia Standard Time", "Australia/Brisbane");
        add("AUS Eastern Standard Time", "Australia/Sydney");
        add("New Zealand Standard Time", "Pacific/Auckland");
        add("Hawaiian Standard Time", "Pacific/Honolulu");
        add("Alaskan Standard Time", "America/Anchorage");
        add("Pacific Standard Time", "America/Los_Angeles");
        add("Mountain Standard Time", "America/Denver");
        add("Central Standard Time", "America/Chicago");
        add("Central Standard Time (Mexico)", "America/Mexico_City");
        add("Canada Central Standard Time", "America/Regina");
        add("Eastern Standard Time", "America/New_York");
        add("SA Pacific Standard Time", "America/Bogota");
        add("Venezuela Standard Time", "America/Caracas");
        add("Atlantic Standard Time", "America/Halifax");
        add("Pacific SA Standard Time", "America/Santiago");
        add("E. South America Standard Time", "America/Sao_Paulo");
        add("Argentina Standard Time", "America/Buenos_Aires");
        add("Mauritius Standard Time", "Indian/Mauritius");
        add("UTC", "UTC");
    }

    private WindowsZones() {}

    private static void add(String windowsName, String iana) {
        IANA_BY_WINDOWS_NAME.put(windowsName.toLowerCase(Locale.ROOT), iana);
    }

    static Optional<String> ianaFor(String windowsName) {
        return Optional.ofNullable(IANA_BY_WINDOWS_NAME.get(windowsName.trim().toLowerCase(Locale.ROOT)));
    }

    /** The IANA zones of the table, in its order: tried first when a zone is recognised by its clock. */
    static Iterable<String> commonZones() {
        return IANA_BY_WINDOWS_NAME.values();
    }
}
