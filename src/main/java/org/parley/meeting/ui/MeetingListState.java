package org.parley.meeting.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.parley.meeting.MeetingKind;
import org.parley.meeting.MeetingStatus;
import org.parley.meeting.Tier;
import org.parley.shared.Classification;
import org.parley.shared.CountryCode;

/**
 * The Meetings list's filters, order and place as its address says them, so that Back, a reload or a shared link
 * shows the same list at the same rows: {@code /meetings?text=riyadh&kind=SUMMIT&to=2027-01-31&sort=-start&row=40}.
 * The list has no pages to number (it loads rows as it scrolls), so its place is the first row in view. What is left
 * at its default is
 * left out of the address; a From date cleared on purpose is {@code from=} (the default is today). A value that
 * makes no sense (an unknown kind, a date that is not one) is ignored, as if it were not there.
 *
 * @param from the first day shown; null for no limit
 * @param sort the property the list is sorted by ("start", "title")
 * @param row the first row in view, counted from 0
 */
record MeetingListState(
        String text,
        @Nullable MeetingKind kind,
        @Nullable Tier tier,
        @Nullable MeetingStatus status,
        @Nullable Classification classification,
        @Nullable CountryCode country,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        ZoneId zone,
        String sort,
        boolean ascending,
        int row) {

    static final List<String> SORTABLE = List.of("start", "title");

    /** Today's list in the viewer's zone: what is coming, earliest first. */
    static MeetingListState opening(LocalDate today, ZoneId zone) {
        return new MeetingListState("", null, null, null, null, null, today, null, zone, "start", true, 0);
    }

    /** The address's parameters of the list from {@code first} to {@code last}, otherwise as it opens. */
    static Map<String, String> between(LocalDate first, LocalDate last) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", first.toString());
        parameters.put("to", last.toString());
        return parameters;
    }

    static MeetingListState read(Map<String, List<String>> parameters, LocalDate today, ZoneId defaultZone) {
        Function<String, @Nullable String> value = name -> {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        };
        String sortValue = value.apply("sort") == null ? "start" : value.apply("sort");
        boolean ascending = !sortValue.startsWith("-");
        String sort = sortValue.replaceFirst("^-", "");
        String fromValue = value.apply("from");
        return new MeetingListState(
                value.apply("text") == null ? "" : value.apply("text").strip(),
                constant(MeetingKind.class, value.apply("kind")),
                constant(Tier.class, value.apply("tier")),
                constant(MeetingStatus.class, value.apply("status")),
                constant(Classification.class, value.apply("classification")),
                value.apply("country") != null && CountryCode.isValid(value.apply("country"))
                        ? new CountryCode(value.apply("country"))
                        : null,
                fromValue == null ? today : fromValue.isBlank() ? null : date(fromValue, today),
                value.apply("to") == null ? null : date(value.apply("to"), null),
                zone(value.apply("zone"), defaultZone),
                SORTABLE.contains(sort) ? sort : "start",
                SORTABLE.contains(sort) ? ascending : true,
                row(value.apply("row")));
    }

    /** The same list scrolled to another row. */
    MeetingListState atRow(int first) {
        return new MeetingListState(
                text, kind, tier, status, classification, country, from, to, zone, sort, ascending, Math.max(0, first));
    }

    /** The address's parameters for this state: only what differs from the list as it opens. */
    Map<String, String> write(LocalDate today, ZoneId defaultZone) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!text.isBlank()) {
            parameters.put("text", text.strip());
        }
        putIfSet(parameters, "kind", kind);
        putIfSet(parameters, "tier", tier);
        putIfSet(parameters, "status", status);
        putIfSet(parameters, "classification", classification);
        if (country != null) {
            parameters.put("country", country.code());
        }
        if (from == null) {
            parameters.put("from", "");
        } else if (!from.equals(today)) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        if (!zone.equals(defaultZone)) {
            parameters.put("zone", zone.getId());
        }
        if (!sort.equals("start") || !ascending) {
            parameters.put("sort", (ascending ? "" : "-") + sort);
        }
        if (row > 0) {
            parameters.put("row", Integer.toString(row));
        }
        return parameters;
    }

    private static void putIfSet(Map<String, String> parameters, String name, @Nullable Enum<?> value) {
        if (value != null) {
            parameters.put(name, value.name());
        }
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    private static @Nullable LocalDate date(String text, @Nullable LocalDate otherwise) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException notADate) {
            return otherwise;
        }
    }

    private static int row(@Nullable String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static ZoneId zone(@Nullable String id, ZoneId otherwise) {
        try {
            return id == null ? otherwise : ZoneId.of(id);
        } catch (DateTimeException notAZone) {
            return otherwise;
        }
    }
}
