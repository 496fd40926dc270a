package org.parley.shared;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The time zones Parley accepts: the IANA tz database's regions by their Area/City names (Europe/Berlin,
 * America/Argentina/Buenos_Aires), plus UTC itself. Fixed offsets and their aliases ({@code +05:30}, {@code GMT+14},
 * {@code Etc/GMT-14}, {@code SystemV/AST4}) and bare abbreviations ({@code EST}, {@code Japan}) are refused: calendar
 * programs know them badly or not at all and would show a meeting at the wrong hour, and a region follows its
 * clock changes where an offset cannot (docs/0016-clean-edges.md). The list is the JDK's, so it is never stale.
 */
public final class TimeZones {

    public static final ZoneId UTC = ZoneId.of("UTC");
    /** The bundle template of the message, for constraints; it reads in the reader's language (docs/0021). */
    public static final String MESSAGE_TEMPLATE = "{shared.validation.timeZone}";
    /** The message in English, for the API's problem details and logs. */
    public static final String MESSAGE = Messages.english("shared.validation.timeZone");

    private static final Set<String> REGIONS =
            ZoneId.getAvailableZoneIds().stream().filter(TimeZones::isAreaCity).collect(Collectors.toUnmodifiableSet());
    private static final List<ZoneId> CHOICES = choicesInOrder();

    private TimeZones() {}

    /** Whether the zone is UTC or a region by its Area/City name. Null is no zone, and passes. */
    public static boolean isAccepted(@Nullable ZoneId zone) {
        return zone == null || zone.getId().equals(UTC.getId()) || REGIONS.contains(zone.getId());
    }

    /** The accepted zone with exactly this id ("Europe/Berlin", "UTC"), or empty. */
    public static Optional<ZoneId> byId(String id) {
        String trimmed = id.strip();
        return trimmed.equals(UTC.getId()) || REGIONS.contains(trimmed)
                ? Optional.of(ZoneId.of(trimmed))
                : Optional.empty();
    }

    /** Every accepted zone, UTC first and then the regions by name: what a zone picker offers. */
    public static List<ZoneId> choices() {
        return CHOICES;
    }

    private static boolean isAreaCity(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && slash < id.length() - 1 && !id.startsWith("Etc/") && !id.startsWith("SystemV/");
    }

    private static List<ZoneId> choicesInOrder() {
        List<ZoneId> all = new ArrayList<>(REGIONS.size() + 1);
        all.add(UTC);
        REGIONS.stream().sorted().map(ZoneId::of).forEach(all::add);
        return List.copyOf(all);
    }
}
